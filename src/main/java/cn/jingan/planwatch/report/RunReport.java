package cn.jingan.planwatch.report;

import cn.jingan.planwatch.catalog.Area;
import cn.jingan.planwatch.intake.IntakeTotals;
import cn.jingan.planwatch.warehouse.MidtermRow;
import cn.jingan.planwatch.warehouse.WarehouseReader;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What one run did, short enough to paste into a briefing: files, rows, the district's mid-term table and the
 * summary per plan section. Per-area rows are left to {@code planwatch report}.
 */
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
            out.printf("Warehouse: %d current values (%d versions) from %d returns, in %s%n%n",
                    counts.get("fact_observation"), counts.get("fact_observation_history"),
                    counts.get("fact_submission"), warehouse);
            List<MidtermRow> rows = reader.midterm(asOf, knownAt);
            List<MidtermRow> district = rows.stream().filter(r -> Area.DISTRICT.equals(r.areaCode())).toList();
            out.printf("中期评估 Mid-term evaluation of the district, as of %s:%n", asOf);
            MidtermTable.print(out, district);
            if (district.size() < rows.size()) {
                out.printf("(%d per-area rows: planwatch report)%n", rows.size() - district.size());
            }
            out.println();
            SectionSummaryTable.print(out, reader.sectionSummary(asOf, knownAt));
        }
    }
}
