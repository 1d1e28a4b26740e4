package cn.jingan.planwatch.runs;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jingan.planwatch.datadir.DataDirectory;
import cn.jingan.planwatch.intake.IntakeTotals;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Prometheus text file written after each run, summed across processes. */
class RunMetricsTest {

    @TempDir
    Path temp;

    @Test
    void sumsRunsOfSeparateProcessesAndKeepsTheLastSuccess() throws Exception {
        // given
        DataDirectory data = new DataDirectory(temp).create();
        Instant start = Instant.parse("2024-07-01T01:00:00Z");
        RunSummary first = new RunSummary("intake", 1, "COMPLETED", start, start.plusSeconds(4),
                Map.of(IntakeTotals.ACCEPTED, 3L, IntakeTotals.REJECTED, 1L, IntakeTotals.ROWS, 30L), "");
        RunSummary second = new RunSummary("intake", 2, "FAILED", start.plusSeconds(300), start.plusSeconds(302),
                Map.of(IntakeTotals.ACCEPTED, 2L, IntakeTotals.DUPLICATE, 1L, IntakeTotals.ROWS, 20L), "disk full");

        // when: each run recorded by a metrics object of its own, as separate processes do
        new RunMetrics(data).record(first);
        new RunMetrics(data).record(second);
        new RunMetrics(data).skipped("inbox-poll");
        String prom = Files.readString(data.state().resolve("metrics.prom"));

        // then
        assertThat(prom).contains(
                "planwatch_files_total{outcome=\"accepted\"} 5.0",
                "planwatch_files_total{outcome=\"rejected\"} 1.0",
                "planwatch_files_total{outcome=\"duplicate\"} 1.0",
                "planwatch_rows_loaded_total 50.0",
                "planwatch_runs_total{job=\"intake\",status=\"COMPLETED\"} 1.0",
                "planwatch_runs_total{job=\"intake\",status=\"FAILED\"} 1.0",
                "planwatch_run_duration_seconds_count{job=\"intake\"} 2",
                "planwatch_run_duration_seconds_sum{job=\"intake\"} 6.0",
                "planwatch_run_last_duration_seconds{job=\"intake\"} 2.0",
                "planwatch_fires_skipped_total{schedule=\"inbox-poll\"} 1.0");
        assertThat(prom).containsPattern("planwatch_last_success_timestamp_seconds\\{job=\"intake\"} 1\\.719795604E9");
    }
}
