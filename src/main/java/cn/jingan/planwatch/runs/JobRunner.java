package cn.jingan.planwatch.runs;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

/**
 * Starts a job, first finishing what a killed process left: an execution still marked STARTED is recovered
 * (marked FAILED) and restarted from its last checkpoint instead of starting afresh. Callers hold the
 * {@link cn.jingan.planwatch.runs.RunLock}, so a STARTED execution found here has no living owner.
 */
@Component
class JobRunner {

    private static final Logger log = LoggerFactory.getLogger(JobRunner.class);

    private final JobOperator operator;
    private final JobRepository repository;

    public JobRunner(JobOperator operator, JobRepository repository) {
        this.operator = operator;
        this.repository = repository;
    }

    public JobExecution run(Job job) throws Exception {
        return run(job, Map.of(), recovered -> { });
    }

    /**
     * Starts {@code job} with extra parameters (non-identifying beside the request time), or resumes it; an
     * interrupted execution, once marked FAILED, is handed to {@code recovered} before it is resumed.
     */
    public JobExecution run(Job job, Map<String, String> parameters, Consumer<JobExecution> recovered)
            throws Exception {
        Set<JobExecution> orphans = repository.findRunningJobExecutions(job.getName());
        for (JobExecution orphan : orphans) {
            log.warn("Job {} execution {} was interrupted at {}; resuming it from its last checkpoint",
                    job.getName(), orphan.getId(), orphan.getLastUpdated());
            JobExecution failed = operator.recover(orphan);
            recovered.accept(failed);
            return operator.restart(failed);
        }
        JobParametersBuilder builder = new JobParametersBuilder().addString("requestedAt", Instant.now().toString());
        parameters.forEach((name, value) -> builder.addString(name, value, false));
        return operator.start(job, builder.toJobParameters());
    }
}
