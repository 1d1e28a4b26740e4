package cn.jingan.planwatch.scheduling;

import cn.jingan.planwatch.intake.IntakeTotals;
import cn.jingan.planwatch.jobs.intake.IntakeCounters;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;

/**
 * What one run of a job did: when, its outcome, and the files and rows it handled.
 *
 * @param job      the batch job's name
 * @param id       the job execution id in the job repository
 * @param status   COMPLETED, FAILED, STOPPED, STARTED (still running or interrupted) ...
 * @param start    when it started, or null
 * @param end      when it ended, or null while running
 * @param totals   files and rows of an intake run, zero for other jobs
 * @param exitInfo the exit description (why it failed), may be empty
 */
public record RunSummary(String job, long id, String status, Instant start, Instant end, IntakeTotals totals,
                         String exitInfo) {

    /** The job repository's record of an execution, read as a summary. */
    public static RunSummary of(JobExecution execution) {
        long accepted = 0;
        long rejected = 0;
        long duplicate = 0;
        long ignored = 0;
        long waiting = 0;
        long rows = 0;
        for (StepExecution step : execution.getStepExecutions()) {
            IntakeTotals t = IntakeCounters.read(step.getExecutionContext());
            accepted += t.accepted();
            rejected += t.rejected();
            duplicate += t.duplicate();
            ignored += t.ignored();
            waiting += t.waiting();
            rows += t.rows();
        }
        return new RunSummary(execution.getJobInstance().getJobName(), execution.getId(),
                execution.getStatus().toString(), instant(execution.getStartTime()), instant(execution.getEndTime()),
                new IntakeTotals(accepted, rejected, duplicate, ignored, waiting, rows),
                execution.getExitStatus().getExitDescription());
    }

    public boolean succeeded() {
        return "COMPLETED".equals(status);
    }

    /** How long it ran, zero when it has not ended. */
    public Duration took() {
        return start == null || end == null ? Duration.ZERO : Duration.between(start, end);
    }

    private static Instant instant(LocalDateTime time) {
        return time == null ? null : time.atZone(ZoneId.systemDefault()).toInstant();
    }
}
