package cn.jingan.planwatch.benchmark;

import cn.jingan.planwatch.catalog.Catalog;
import cn.jingan.planwatch.report.Dashboard;
import cn.jingan.planwatch.report.DashboardPage;
import cn.jingan.planwatch.report.Evaluation;
import cn.jingan.planwatch.report.workbook.EvaluationWorkbook;
import cn.jingan.planwatch.warehouse.WarehouseReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What the leaders' outputs cost: {@code java ... EvaluationOutputsBenchmark WAREHOUSE [runs]} reads the
 * evaluation of {@code WAREHOUSE} (a {@code warehouse.duckdb}) as of 2024-06-30 with everything known now, renders
 * and writes the dashboard, and writes the 中期评估 workbook, {@code runs} times (default 7, the first a warm-up);
 * prints the median and range of each, and the files' sizes. Not a test: the figures go in docs/benchmarks.md.
 */
public final class EvaluationOutputsBenchmark {

    public static void main(String[] args) throws Exception {
        Path warehouse = Path.of(args[0]);
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        Path out = Files.createTempDirectory("planwatch-outputs-bench");
        DashboardPage page = new DashboardPage(Catalog.load());
        List<Double> read = new ArrayList<>();
        List<Double> dashboard = new ArrayList<>();
        List<Double> workbook = new ArrayList<>();
        Evaluation evaluation = null;
        for (int run = 0; run < runs; run++) {
            long start = System.nanoTime();
            try (WarehouseReader reader = WarehouseReader.open(warehouse)) {
                evaluation = Evaluation.read(reader, LocalDate.parse("2024-06-30"), Instant.now());
            }
            long readDone = System.nanoTime();
            Dashboard.write(out.resolve("index.html"), page.render(evaluation));
            long dashboardDone = System.nanoTime();
            EvaluationWorkbook.write(out.resolve("中期评估.xlsx"), evaluation);
            long workbookDone = System.nanoTime();
            if (run > 0) {
                read.add((readDone - start) / 1e6);
                dashboard.add((dashboardDone - readDone) / 1e6);
                workbook.add((workbookDone - dashboardDone) / 1e6);
            }
        }
        System.out.printf("evaluation: %d rows, %d history rows, %d lineage rows, %d submission rows%n",
                evaluation.rows().size(), evaluation.history().size(), evaluation.lineage().size(),
                evaluation.submissions().size());
        report("read the evaluation", read);
        report("render and write the dashboard", dashboard);
        report("write the workbook", workbook);
        System.out.printf("dashboard %.0f kB, workbook %.0f kB%n", Files.size(out.resolve("index.html")) / 1e3,
                Files.size(out.resolve("中期评估.xlsx")) / 1e3);
    }

    private static void report(String what, List<Double> millis) {
        List<Double> sorted = new ArrayList<>(millis);
        Collections.sort(sorted);
        System.out.printf("%s: median %.0f ms (%.0f–%.0f ms, %d runs)%n", what, sorted.get(sorted.size() / 2),
                sorted.get(0), sorted.get(sorted.size() - 1), sorted.size());
    }
}
