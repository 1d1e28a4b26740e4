package cn.jingan.planwatch.cli;

import cn.jingan.planwatch.catalog.Catalog;
import cn.jingan.planwatch.catalog.PlanZone;
import cn.jingan.planwatch.datadir.DataDirectory;
import cn.jingan.planwatch.intake.InboxScan;
import cn.jingan.planwatch.intake.InboxScanner;
import cn.jingan.planwatch.intake.Quarantine;
import cn.jingan.planwatch.intake.QuarantinedFile;
import cn.jingan.planwatch.runs.RecentRuns;
import cn.jingan.planwatch.runs.RunSummary;
import cn.jingan.planwatch.system.PlanwatchProperties;
import cn.jingan.planwatch.warehouse.DueReturn;
import cn.jingan.planwatch.warehouse.WarehouseReader;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code status}: recent runs, files waiting in the inbox, files in quarantine and why, overdue returns. */
@Command(name = "status", description = "Recent runs, files waiting in the inbox, files in quarantine with their "
        + "reasons, overdue returns. Reads only; safe while serve or run is working.")
class StatusCommand implements Callable<Integer> {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(PlanZone.ID);

    @Spec
    CommandSpec spec;

    @Mixin
    DataDirOption dataDir;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "10", description = "Runs to show (default: ${DEFAULT-VALUE}).")
    int runs;

    @Override
    public Integer call() {
        DataDirectory data = dataDir.directory().create();
        PrintWriter out = spec.commandLine().getOut();
        try (ConfigurableApplicationContext context = SpringContext.start(data)) {
            printRuns(out, context.getBean(RecentRuns.class).latest(runs));
            printInbox(out, data, context.getBean(Catalog.class), context.getBean(PlanwatchProperties.class));
        }
        printQuarantine(out, Quarantine.list(data));
        printOverdue(out, data.warehouse(), LocalDate.now(PlanZone.ID));
        out.flush();
        return 0;
    }

    private static void printRuns(PrintWriter out, List<RunSummary> runs) {
        out.printf("最近运行 Recent runs (%d):%n", runs.size());
        for (RunSummary run : runs) {
            out.printf("  #%-5d %-9s %-10s %s → %s  %6.1f s  files: accepted %d, rejected %d, duplicate %d  rows %d%n",
                    run.id(), run.job(), run.status(), time(run.start()), time(run.end()),
                    run.took().toMillis() / 1000.0, run.totals().accepted(), run.totals().rejected(),
                    run.totals().duplicate(), run.totals().rows());
        }
    }

    private static void printInbox(PrintWriter out, DataDirectory data, Catalog catalog, PlanwatchProperties properties) {
        InboxScan scan = new InboxScanner(data.inbox(), catalog, properties.settleTime(), properties.maxClockAhead(),
                Clock.systemUTC()).scan();
        out.printf("%n收件箱待处理 Waiting in the inbox: %d ready, %d still arriving, %d never taken%n",
                scan.ready().size(), scan.waiting().size(), scan.ignored().size() + scan.refused().size());
        scan.ready().forEach(f -> out.printf("  ready     %s%n", data.relative(f.path())));
        scan.waiting().forEach(p -> out.printf("  arriving  %s%n", data.relative(p)));
        scan.ignored().forEach(p -> out.printf("  ignored   %s (not in a known bureau folder)%n", data.relative(p)));
        scan.refused().forEach(e -> out.printf("  refused   %s (%s)%n", data.relative(e.path()), e.reason()));
    }

    private static void printQuarantine(PrintWriter out, List<QuarantinedFile> files) {
        out.printf("%n隔离区 In quarantine: %d file(s)%n", files.size());
        for (QuarantinedFile file : files) {
            out.printf("  %s  %d 处错误: %s%n", file.path(), file.errors(), file.firstError());
        }
    }

    private static void printOverdue(PrintWriter out, Path warehouse, LocalDate today) {
        if (!Files.isRegularFile(warehouse)) {
            out.printf("%n逾期未报 Overdue returns: no warehouse yet%n");
            return;
        }
        List<DueReturn> overdue;
        try (WarehouseReader reader = WarehouseReader.open(warehouse)) {
            overdue = reader.dueReturns(today, 0).stream().filter(DueReturn::overdue).toList();
        }
        out.printf("%n逾期未报 Overdue returns as of %s: %d%n", today, overdue.size());
        for (DueReturn r : overdue) {
            out.printf("  %-12s %-8s %-9s due %s  missing: %s%n", r.bureauCode(), r.bureauName(), r.periodCode(),
                    r.dueDate(), r.indicators());
        }
    }

    private static String time(Instant instant) {
        return instant == null ? "—" : TIME.format(instant);
    }
}
