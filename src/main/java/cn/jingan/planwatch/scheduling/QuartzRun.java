package cn.jingan.planwatch.scheduling;

import java.time.Duration;
import java.time.Instant;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;
import org.quartz.JobExecutionException;

/**
 * The Quartz job behind every schedule: hands the fire to {@link ScheduledRuns}. Never two fires of one schedule
 * at once (a fire during a run waits, then runs once); other schedules are kept out by the run lock.
 * A catch-up fire after downtime waits for the lock rather than being skipped.
 */
@DisallowConcurrentExecution
public class QuartzRun implements Job {

    /** A catch-up fire after downtime waits this long for another catch-up to finish, instead of skipping. */
    static final Duration CATCH_UP_WAIT = Duration.ofHours(1);

    private final ScheduledRuns runs;
    private final Schedule schedule;

    public QuartzRun(ScheduledRuns runs, Schedule schedule) {
        this.runs = runs;
        this.schedule = schedule;
    }

    @Override
    public void execute(JobExecutionContext context) throws JobExecutionException {
        JobDefinition definition = schedule.definition(context.getJobDetail().getKey().getName());
        Instant scheduledAt = context.getScheduledFireTime() == null ? Instant.now()
                : context.getScheduledFireTime().toInstant();
        try {
            boolean catchUp = context.getMergedJobDataMap().containsKey(Schedule.CATCH_UP);
            runs.fire(definition, scheduledAt, catchUp ? CATCH_UP_WAIT : Duration.ZERO);
        } catch (RuntimeException e) {
            throw new JobExecutionException(e, false);
        }
    }
}
