package cn.jingan.planwatch.excel;

import java.time.Duration;

/**
 * Bounds on reading one workbook, far above any real return.
 *
 * @param maxRowsPerSheet rows beyond this in a sheet reject the file early
 * @param maxFileBytes    larger files are rejected before they are opened
 * @param timeout         wall-clock bound on reading one file
 */
public record ReadLimits(int maxRowsPerSheet, long maxFileBytes, Duration timeout) {

    public static final ReadLimits DEFAULT = new ReadLimits(10_000, 100L * 1024 * 1024, Duration.ofSeconds(30));
}
