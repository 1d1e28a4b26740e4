package cn.jingan.planwatch.scheduling;

import cn.jingan.planwatch.datadir.DataDirectory;
import cn.jingan.planwatch.runs.BatchJobs;
import cn.jingan.planwatch.runs.JobRuns;
import cn.jingan.planwatch.runs.NodesLock;
import cn.jingan.planwatch.runs.RunLock;
import cn.jingan.planwatch.runs.RunMetrics;
import cn.jingan.planwatch.runs.RunSummary;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * A schedule's fire: recorded for catch-up, then run holding the data directory's {@link RunLock} (and, in the
 * {@code postgresql} profile, the lock across nodes). A fire that finds the lock held (another job, another
 * process or another node) is skipped with a log line and counted.
 */
@Component
class ScheduledRuns {

    private static final Logger log = LoggerFactory.getLogger(ScheduledRuns.class);

    private final DataDirectory data;
    private final JobRuns runs;
    private final BatchJobs jobs;
    private final RunMetrics metrics;
    private final FireLog fireLog;
    private final Optional<NodesLock> acrossNodes;

    public ScheduledRuns(DataDirectory data, JobRuns runs, BatchJobs jobs, RunMetrics metrics,
                         Optional<NodesLock> acrossNodes) {
        this.data = data;
        this.acrossNodes = acrossNodes;
        this.runs = runs;
        this.jobs = jobs;
        this.metrics = metrics;
        this.fireLog = new FireLog(data);
    }

    /**
     * A fire of {@code definition} scheduled for {@code scheduledAt}: runs its job unless another run is still
     * going after {@code wait} (zero for a regular fire: it is skipped at once).
     */
    public Optional<RunSummary> fire(JobDefinition definition, Instant scheduledAt, Duration wait) {
        fireLog.record(definition.name(), scheduledAt);
        Optional<RunLock> lock = RunLock.acquire(data, wait, acrossNodes);
        if (lock.isEmpty()) {
            log.info("schedule={} job={} outcome=skipped reason=\"another run holds {}\"", definition.name(),
                    definition.job(), data.root());
            metrics.skipped(definition.name());
            return Optional.empty();
        }
        try (RunLock held = lock.get()) {
            return Optional.of(runs.run(definition.name(), jobs.get(definition.job()), definition.parameters()));
        }
    }

    /** Makes the schedules' counters of skipped fires exist before any fire. */
    public void declare(List<JobDefinition> definitions) {
        metrics.declareSchedules(definitions.stream().map(JobDefinition::name).toList());
    }

    public FireLog fireLog() {
        return fireLog;
    }
}
