package cn.jingan.planwatch.scheduling;

import cn.jingan.planwatch.jobs.JobRunner;
import cn.jingan.planwatch.system.DataDirectory;
import cn.jingan.planwatch.system.RunLock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.stereotype.Component;

/**
 * Runs a job for the scheduler, or for a command, holding the data directory's {@link RunLock}: a fire that
 * finds the lock held (another job, or another process) is skipped with a log line and counted. Each run is
 * summarised in the log and in the metrics file.
 */
@Component
public class ScheduledRuns {

    private static final Logger log = LoggerFactory.getLogger(ScheduledRuns.class);

    private final DataDirectory data;
    private final JobRunner runner;
    private final BatchJobs jobs;
    private final FireLog fireLog;
    private final RunMetrics metrics;
    private final Set<String> active = ConcurrentHashMap.newKeySet();

    public ScheduledRuns(DataDirectory data, JobRunner runner, BatchJobs jobs) {
        this.data = data;
        this.runner = runner;
        this.jobs = jobs;
        this.fireLog = new FireLog(data);
        this.metrics = new RunMetrics(data);
    }

    /**
     * A fire of {@code definition} scheduled for {@code scheduledAt}: runs its job unless another run is still
     * going after {@code wait} (zero for a regular fire: it is skipped at once).
     */
    public Optional<RunSummary> fire(JobDefinition definition, Instant scheduledAt, Duration wait) {
        fireLog.record(definition.name(), scheduledAt);
        Optional<RunLock> lock = RunLock.acquire(data, wait);
        if (lock.isEmpty()) {
            log.info("schedule={} job={} outcome=skipped reason=\"another run holds {}\"", definition.name(),
                    definition.job(), data.root());
            metrics.skipped(definition.name());
            return Optional.empty();
        }
        try (RunLock held = lock.get()) {
            return Optional.of(runHeld(definition.name(), jobs.get(definition.job()), definition.parameters()));
        }
    }

    /** Runs {@code job} now; the caller holds the run lock. */
    public RunSummary runHeld(String origin, Job job, Map<String, String> parameters) {
        active.add(job.getName());
        try {
            JobExecution execution = runner.run(job, parameters);
            RunSummary summary = RunSummary.of(execution);
            metrics.record(summary);
            log.info("schedule={} job={} execution={} outcome={} seconds={} accepted={} rejected={} duplicate={} "
                            + "rows={}", origin, summary.job(), summary.id(), summary.status(),
                    summary.took().toMillis() / 1000.0, summary.totals().accepted(), summary.totals().rejected(),
                    summary.totals().duplicate(), summary.totals().rows());
            return summary;
        } catch (Exception e) {
            log.error("schedule={} job={} outcome=error reason=\"{}\"", origin, job.getName(), e.getMessage(), e);
            throw new IllegalStateException("job " + job.getName() + " could not run: " + e.getMessage(), e);
        } finally {
            active.remove(job.getName());
        }
    }

    /** The jobs this process is running now. */
    public Set<String> active() {
        return Set.copyOf(active);
    }

    public FireLog fireLog() {
        return fireLog;
    }

    public RunMetrics metrics() {
        return metrics;
    }
}
