package cn.jingan.planwatch.jobs.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jingan.planwatch.intake.TestReturns;
import cn.jingan.planwatch.jobs.JobTestContext;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.beans.factory.annotation.Autowired;

/** The reminder job: one letter per bureau that owes returns on the given day, counted in its step. */
class ReminderJobFunctionalTests extends JobTestContext {

    @Autowired
    Job intakeJob;

    @Autowired
    Job reminderJob;

    @Test
    void writesOneLetterToEachBureauThatOwesReturns() throws Exception {
        // given: a warehouse in which only the Development and Reform Commission has sent anything
        Path data = data();
        TestReturns.deliver(data, 10);
        jobs.setJob(intakeJob);
        jobs.startJob(jobs.getUniqueJobParameters());
        JobParameters parameters = jobs.getUniqueJobParametersBuilder()
                .addString("as-of", "2023-10-10", false).addString("due-within-days", "7", false)
                .toJobParameters();

        // when
        jobs.setJob(reminderJob);
        JobExecution execution = jobs.startJob(parameters);

        // then
        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        long reminded = execution.getStepExecutions().iterator().next().getExecutionContext()
                .getLong("bureaus.reminded");
        try (Stream<Path> letters = Files.walk(data.resolve("outbox"))) {
            assertThat(letters.filter(f -> f.getFileName().toString().equals("reminder_2023-10-10.txt")).count())
                    .isEqualTo(reminded);
        }
        assertThat(reminded).isGreaterThan(1);
        assertThat(data.resolve("outbox/drc/reminder_2023-10-10.txt")).exists();
    }
}
