package cn.jingan.planwatch.report;

import cn.jingan.planwatch.intake.IntakeTotals;
import cn.jingan.planwatch.warehouse.WarehouseReader;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/** What one run did, short enough to paste into a briefing: files, rows, and the mid-term table. */
public final class RunReport {
    private RunReport() {}

    public static void print(PrintWriter out, String outcome, Duration took, IntakeTotals totals,
                             Path warehouse, LocalDate asOf, Instant knownAt) {
        out.printf("%nplanwatch run %s in %.1f s%n", outcome, took.toMillis() / 1000.0);
        out.printf("Files: accepted %d, rejected %d, duplicate %d, ignored %d, waiting %d.  Rows loaded: %d%n",
                totals.accepted(), totals.rejected(), totals.duplicate(), totals.ignored(), totals.waiting(),
                totals.rows());
        if (!Files.exists(warehouse)) {
            out.println("No warehouse yet: nothing has been accepted.");
            return;
        }
        try (WarehouseReader reader = WarehouseReader.open(warehouse)) {
            Map<String, Long> counts = reader.counts();
            out.printf("Warehouse %s: %s%n%n", warehouse, counts);
            out.printf("中期评估 Mid-term evaluation, as of %s:%n", asOf);
            MidtermTable.print(out, reader.midterm(asOf, knownAt));
        }
    }
}
