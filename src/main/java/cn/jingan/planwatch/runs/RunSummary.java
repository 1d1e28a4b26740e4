package cn.jingan.planwatch.runs;

import cn.jingan.planwatch.intake.IntakeTotals;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;

/**
 * What one run of a job did: when, its outcome, and what it counted.
 *
 * @param job      the batch job's name
 * @param id       the job execution id in the job repository
 * @param status   COMPLETED, FAILED, STOPPED, STARTED (still running or interrupted) ...
 * @param start    when it started, or null
 * @param end      when it ended, or null while running
 * @param counts   the numbers its steps kept in their execution contexts (e.g. {@code files.accepted}), summed
 * @param exitInfo the exit description (why it failed), may be empty
 */
public record RunSummary(String job, long id, String status, Instant start, Instant end, Map<String, Long> counts,
                         String exitInfo) {

    /** The job repository's record of an execution, read as a summary. */
    public static RunSummary of(JobExecution execution) {
        Map<String, Long> counts = new TreeMap<>();
        for (StepExecution step : execution.getStepExecutions()) {
            step.getExecutionContext().entrySet().forEach(entry -> {
                if (entry.getValue() instanceof Long count) {
                    counts.merge(entry.getKey(), count, Long::sum);
                }
            });
        }
        return new RunSummary(execution.getJobInstance().getJobName(), execution.getId(),
                execution.getStatus().toString(), instant(execution.getStartTime()), instant(execution.getEndTime()),
                Map.copyOf(counts), execution.getExitStatus().getExitDescription());
    }

    /**
     * This run without what {@code earlier} already counted: a resumed run continues the counts of the run it
     * resumes, which was counted when it was found interrupted.
     */
    public RunSummary less(RunSummary earlier) {
        Map<String, Long> own = new TreeMap<>(counts);
        earlier.counts.forEach((key, count) -> own.computeIfPresent(key, (k, total) -> Math.max(0, total - count)));
        return new RunSummary(job, id, status, start, end, Map.copyOf(own), exitInfo);
    }

    /** The files and rows of an intake run; zero for other jobs. */
    public IntakeTotals totals() {
        return IntakeTotals.of(counts);
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
