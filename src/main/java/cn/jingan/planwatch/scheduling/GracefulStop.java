package cn.jingan.planwatch.scheduling;

import cn.jingan.planwatch.runs.JobRuns;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * On shutdown (Ctrl-C, SIGTERM), after the scheduler has stopped firing: asks each job this process is running to stop after its
 * current chunk and waits for it, so that a stop leaves committed chunks only. The stopped run is picked up by
 * the next one.
 */
@Component
class GracefulStop implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(GracefulStop.class);

    private final JobOperator operator;
    private final JobRepository repository;
    private final JobRuns runs;
    private final SchedulingProperties properties;
    private volatile boolean running;

    public GracefulStop(JobOperator operator, JobRepository repository, JobRuns runs,
                        SchedulingProperties properties) {
        this.operator = operator;
        this.repository = repository;
        this.runs = runs;
        this.properties = properties;
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        Instant deadline = Instant.now().plus(properties.stopTimeout());
        for (String job : runs.active()) {
            for (JobExecution execution : repository.findRunningJobExecutions(job)) {
                try {
                    log.info("job={} execution={} outcome=stopping reason=\"shutting down; stops after the current "
                            + "chunk\"", job, execution.getId());
                    operator.stop(execution);
                } catch (Exception e) {
                    log.warn("job={} execution={} could not be asked to stop: {}", job, execution.getId(),
                            e.getMessage());
                }
            }
        }
        while (Instant.now().isBefore(deadline) && anyRunning()) {
            sleep(Duration.ofMillis(200));
        }
    }

    private boolean anyRunning() {
        return !runs.active().isEmpty();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stops after the scheduler (which stops first, at the highest phase) and before the job repository. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 1;
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
