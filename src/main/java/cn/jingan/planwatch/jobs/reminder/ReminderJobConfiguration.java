package cn.jingan.planwatch.jobs.reminder;

import cn.jingan.planwatch.datadir.DataDirectory;
import cn.jingan.planwatch.reminder.Reminders;
import cn.jingan.planwatch.system.PlanwatchProperties;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The reminder job: the returns due soon or overdue, per bureau, written to {@code outbox/<bureau>/} and to the
 * log. Parameters: {@code due-within-days} (default 7), {@code as-of} (default today on the plan's clock, {@code planwatch.zone}). Wiring only.
 */
@Configuration(proxyBeanMethods = false)
public class ReminderJobConfiguration {

    public static final String JOB_NAME = "reminder";

    @Bean
    Step remindBureaus(JobRepository jobs, PlatformTransactionManager tm, DataDirectory data, Clock clock,
                        PlanwatchProperties properties) {
        return new StepBuilder("remindBureaus", jobs).tasklet((contribution, context) -> {
            JobParameters parameters = contribution.getStepExecution().getJobExecution().getJobParameters();
            String asOf = parameters.getString("as-of");
            String within = parameters.getString("due-within-days");
            Map<String, Long> written = new Reminders(data).send(
                    asOf == null ? LocalDate.now(clock.withZone(properties.zone())) : LocalDate.parse(asOf),
                    within == null ? 7 : Integer.parseInt(within));
            contribution.getStepExecution().getExecutionContext().putLong("bureaus.reminded", written.size());
            return RepeatStatus.FINISHED;
        }, tm).build();
    }

    @Bean
    Job reminderJob(JobRepository jobs, Step remindBureaus) {
        return new JobBuilder(JOB_NAME, jobs).start(remindBureaus).build();
    }
}
