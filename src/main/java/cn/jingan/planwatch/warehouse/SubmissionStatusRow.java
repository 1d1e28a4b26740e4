package cn.jingan.planwatch.warehouse;

import java.time.Instant;
import java.time.LocalDate;

/** One row of {@code submission_status(as_of)}: a bureau's return for one period, received, late, missing or not due. */
public record SubmissionStatusRow(String bureauCode, String bureauName, String periodCode, LocalDate endDate,
                                  LocalDate dueDate, String status, String statusZh, Instant firstReceivedAt,
                                  long indicatorsDue, long indicatorsReceived) {
}
