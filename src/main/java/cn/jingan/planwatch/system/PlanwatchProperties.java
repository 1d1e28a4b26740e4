package cn.jingan.planwatch.system;

import cn.jingan.planwatch.catalog.PlanZone;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Every setting of the pipeline (prefix {@code planwatch.}); {@code ops/planwatch.properties} documents each.
 *
 * @param dataDir      the data directory: inbox, archive, quarantine, outbox, lake, warehouse
 * @param settleTime   a file modified more recently than this may still be growing and waits for the next run
 * @param maxClockAhead a file modified further than this in the future (a sender's clock ahead) is taken as
 *                     received when found, with a warning in its receipt; nearer, it waits as a growing file does
 * @param chunkSize    returns committed to the lake together
 * @param tolerance    the on-track band around elapsed time in the mid-term status
 * @param maxRows      a sheet with more rows than this is rejected early
 * @param maxFileBytes a larger file is rejected unopened
 * @param readTimeout  the longest one workbook may take to read
 * @param compactAbove a lake partition holding more files than this is merged into one after a run
 * @param workers      threads that read, validate and answer the returns of a chunk side by side; 0 means
 *                     {@value #WORKERS_PER_CORE} per core (each spends much of its time waiting for its file's
 *                     parse and for the file system, so one per core leaves cores idle)
 * @param zone         the plan's clock: "today", due dates and every time shown to people
 * @param history      how long the job repository keeps finished runs; older ones are pruned nightly
 */
@ConfigurationProperties("planwatch")
public record PlanwatchProperties(@DefaultValue("data") Path dataDir, @DefaultValue("10s") Duration settleTime,
                                  @DefaultValue("100") int chunkSize, @DefaultValue("0.05") double tolerance,
                                  @DefaultValue("10000") int maxRows, @DefaultValue("104857600") long maxFileBytes,
                                  @DefaultValue("30s") Duration readTimeout, @DefaultValue("16") int compactAbove,
                                  @DefaultValue("0") int workers,
                                  @DefaultValue(PlanZone.DEFAULT_ID) ZoneId zone,
                                  @DefaultValue("90d") Duration history, @DefaultValue("15m") Duration maxClockAhead) {

    static final int WORKERS_PER_CORE = 4;

    /** {@code workers}, or {@value #WORKERS_PER_CORE} per core when it is 0. */
    public int workerThreads() {
        return workers > 0 ? workers : WORKERS_PER_CORE * Runtime.getRuntime().availableProcessors();
    }
}
