package cn.jingan.planwatch.jobs;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

/**
 * Keeps the job repository's history bounded: a job instance whose runs all ended longer ago than the kept time
 * ({@code planwatch.history}, 90 days) is deleted with its executions, steps and contexts. A run still going, or
 * one a killed process left STARTED, is never deleted.
 */
@Component
public class JobHistory {

    private static final Logger log = LoggerFactory.getLogger(JobHistory.class);

    private final JobRepository repository;
    private final Clock clock;

    public JobHistory(JobRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /** Deletes the runs that ended more than {@code keep} ago; returns how many job instances went. */
    public int prune(Duration keep) {
        Instant cutoff = clock.instant().minus(keep);
        int deleted = 0;
        for (String job : repository.getJobNames()) {
            for (JobInstance instance : repository.findJobInstances(job)) {
                List<JobExecution> executions = repository.getJobExecutions(instance);
                if (executions.stream().allMatch(e -> endedBefore(e, cutoff))) {
                    repository.deleteJobInstance(instance);
                    deleted++;
                }
            }
        }
        log.info("job=prune outcome=pruned instances={} cutoff={}", deleted, cutoff);
        return deleted;
    }

    private static boolean endedBefore(JobExecution execution, Instant cutoff) {
        LocalDateTime end = execution.getEndTime();
        return !execution.isRunning() && end != null && end.atZone(ZoneId.systemDefault()).toInstant().isBefore(cutoff);
    }
}
