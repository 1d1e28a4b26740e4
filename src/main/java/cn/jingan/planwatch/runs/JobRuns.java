package cn.jingan.planwatch.runs;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.stereotype.Component;

/**
 * Runs a job now, for a command or a schedule whose caller holds the {@link RunLock}: resumes what a killed run
 * left ({@link JobRunner}), then summarises the run in the log, the metrics file and the run journal, and lets go of
 * the job repository's connections.
 */
@Component
public class JobRuns {

    private static final Logger log = LoggerFactory.getLogger(JobRuns.class);

    private final JobRunner runner;
    private final RunMetrics metrics;
    private final RunJournal journal;
    private final RepositoryConnections connections;
    private final Set<String> active = ConcurrentHashMap.newKeySet();

    public JobRuns(JobRunner runner, RunMetrics metrics, RunJournal journal, RepositoryConnections connections) {
        this.runner = runner;
        this.metrics = metrics;
        this.journal = journal;
        this.connections = connections;
    }

    /** Runs {@code job} with {@code parameters}; {@code origin} names who asked, in the log. */
    public RunSummary run(String origin, Job job, Map<String, String> parameters) {
        active.add(job.getName());
        try {
            List<RunSummary> interrupted = new ArrayList<>();
            JobExecution execution = runner.run(job, parameters, failed -> {
                RunSummary killed = RunSummary.of(failed);
                metrics.record(killed);
                interrupted.add(killed);
            });
            RunSummary summary = RunSummary.of(execution);
            metrics.record(interrupted.stream().reduce(summary, RunSummary::less));
            journal.record(summary);
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
            connections.release();
        }
    }

    /** The jobs this process is running now. */
    public Set<String> active() {
        return Set.copyOf(active);
    }
}
