package cn.jingan.planwatch.scheduling;

import cn.jingan.planwatch.runs.BatchJobs;
import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TimeZone;
import org.quartz.CronExpression;
import org.quartz.CronScheduleBuilder;
import org.quartz.CronTrigger;
import org.quartz.JobBuilder;
import org.quartz.JobDataMap;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.quartz.impl.matchers.GroupMatcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

/**
 * Puts the schedules of {@code jobs/*.yaml} into Quartz and starts it. On start it first finishes what downtime
 * left: a run that was interrupted is resumed at once, and a schedule whose fire was missed while the process was
 * down runs once now ({@code fire-once-now}) or waits for its next fire ({@code skip}). With Quartz's in-memory
 * store the missed fire is found from the {@link FireLog}; with the JDBC store Quartz finds it itself.
 */
@Component
public class Schedule {

    static final String GROUP = "planwatch";
    static final String CATCH_UP = "catch-up";

    private static final Logger log = LoggerFactory.getLogger(Schedule.class);

    private final Scheduler scheduler;
    private final SchedulingProperties properties;
    private final BatchJobs jobs;
    private final JobRepository repository;
    private final FireLog fireLog;
    private final ScheduledRuns runs;
    private final Clock clock;
    private final Map<String, JobDefinition> definitions = new LinkedHashMap<>();

    public Schedule(Scheduler scheduler, SchedulingProperties properties, BatchJobs jobs, JobRepository repository,
                    ScheduledRuns runs, Clock clock) {
        this.scheduler = scheduler;
        this.properties = properties;
        this.jobs = jobs;
        this.repository = repository;
        this.fireLog = runs.fireLog();
        this.runs = runs;
        this.clock = clock;
    }

    /** Loads the definitions, registers them, catches up on downtime and starts firing. */
    public synchronized List<JobDefinition> start() throws SchedulerException {
        List<JobDefinition> loaded = JobDefinitions.load(properties.jobsDir());
        for (JobDefinition definition : loaded) {
            jobs.get(definition.job());
            definitions.put(definition.name(), definition);
        }
        removeStale();
        runs.declare(loaded);
        for (JobDefinition definition : loaded) {
            register(definition);
        }
        catchUp(clock.instant());
        scheduler.start();
        for (JobDefinition definition : loaded) {
            Trigger trigger = scheduler.getTrigger(TriggerKey.triggerKey(definition.name(), GROUP));
            log.info("schedule={} job={} cron=\"{}\" zone={} misfire={} next={}", definition.name(), definition.job(),
                    definition.cron(), definition.timeZone(), definition.misfire().code(),
                    trigger == null ? null : trigger.getNextFireTime().toInstant());
        }
        return loaded;
    }

    public synchronized JobDefinition definition(String name) {
        JobDefinition definition = definitions.get(name);
        if (definition == null) {
            throw new IllegalArgumentException("no schedule named " + name);
        }
        return definition;
    }

    private void register(JobDefinition definition) throws SchedulerException {
        JobDetail detail = JobBuilder.newJob(QuartzRun.class).withIdentity(definition.name(), GROUP)
                .withDescription(definition.description()).storeDurably().build();
        CronScheduleBuilder cron = CronScheduleBuilder.cronSchedule(definition.cron())
                .inTimeZone(TimeZone.getTimeZone(definition.timeZone()));
        cron = definition.misfire() == Misfire.FIRE_ONCE_NOW ? cron.withMisfireHandlingInstructionFireAndProceed()
                : cron.withMisfireHandlingInstructionDoNothing();
        CronTrigger trigger = TriggerBuilder.newTrigger().withIdentity(definition.name(), GROUP).forJob(detail)
                .withDescription(definition.description()).withSchedule(cron).build();
        if (unchanged(trigger)) {
            return;
        }
        scheduler.scheduleJob(detail, Set.of(trigger), true);
    }

    /** A stored trigger with the same cron, zone and policy keeps its state (and so its missed fires). */
    private boolean unchanged(CronTrigger wanted) throws SchedulerException {
        Trigger stored = scheduler.getTrigger(wanted.getKey());
        return stored instanceof CronTrigger cron && cron.getCronExpression().equals(wanted.getCronExpression())
                && cron.getTimeZone().getID().equals(wanted.getTimeZone().getID())
                && cron.getMisfireInstruction() == wanted.getMisfireInstruction();
    }

    private void removeStale() throws SchedulerException {
        for (JobKey key : scheduler.getJobKeys(GroupMatcher.jobGroupEquals(GROUP))) {
            if (!definitions.containsKey(key.getName())) {
                log.info("schedule={} outcome=removed reason=\"no longer in {}\"", key.getName(), properties.jobsDir());
                scheduler.deleteJob(key);
            }
        }
    }

    private void catchUp(Instant now) throws SchedulerException {
        boolean storeRemembers = scheduler.getMetaData().isJobStoreSupportsPersistence();
        Set<String> resumed = new HashSet<>();
        for (JobDefinition definition : definitions.values()) {
            if (!repository.findRunningJobExecutions(definition.job()).isEmpty() && resumed.add(definition.job())) {
                log.warn("schedule={} job={} outcome=resuming reason=\"a run was interrupted\"", definition.name(),
                        definition.job());
                fireNow(definition);
            } else if (!storeRemembers) {
                catchUpFromLog(definition, now);
            }
        }
    }

    private void catchUpFromLog(JobDefinition definition, Instant now) throws SchedulerException {
        Optional<Instant> last = fireLog.last(definition.name());
        if (last.isEmpty()) {
            fireLog.record(definition.name(), now);
            return;
        }
        Optional<Instant> missed = nextFire(definition, last.get()).filter(next -> next.isBefore(now));
        if (missed.isEmpty()) {
            return;
        }
        if (definition.misfire() == Misfire.FIRE_ONCE_NOW) {
            log.warn("schedule={} outcome=catch-up missed={} reason=\"missed while down; running once now\"",
                    definition.name(), missed.get());
            fireNow(definition);
        } else {
            log.warn("schedule={} outcome=missed missed={} reason=\"missed while down; policy skip\"",
                    definition.name(), missed.get());
            fireLog.record(definition.name(), now);
        }
    }

    private void fireNow(JobDefinition definition) throws SchedulerException {
        JobDataMap data = new JobDataMap();
        data.put(CATCH_UP, "true");
        scheduler.triggerJob(JobKey.jobKey(definition.name(), GROUP), data);
    }

    static Optional<Instant> nextFire(JobDefinition definition, Instant after) {
        try {
            CronExpression cron = new CronExpression(definition.cron());
            cron.setTimeZone(TimeZone.getTimeZone(definition.timeZone()));
            return Optional.ofNullable(cron.getNextValidTimeAfter(Date.from(after))).map(Date::toInstant);
        } catch (ParseException e) {
            throw new IllegalArgumentException("not a cron expression: " + definition.cron(), e);
        }
    }
}
