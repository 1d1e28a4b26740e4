package cn.jingan.planwatch.lake;

import java.time.Instant;

/** One accepted return as the lake records it (a row of {@code lake/submissions}). */
public record Submission(String sourceSha256, String bureauCode, String sourceFile, String periodCode, int rowCount,
                         Instant receivedAt, Instant loadedAt) {
}
