package cn.jingan.planwatch.cli;

import cn.jingan.planwatch.catalog.PlanZone;
import cn.jingan.planwatch.datadir.DataDirectory;
import cn.jingan.planwatch.intake.QuarantinedFile;
import cn.jingan.planwatch.runs.RunSummary;
import cn.jingan.planwatch.warehouse.DueReturn;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** {@code status}: schedules, the serve process, recent runs, the inbox, the quarantine and overdue returns. */
@Command(name = "status", description = {
        "Schedules with their next fires, whether serve is up (pid, since when), the last run of each job, recent"
                + " runs, files waiting in the inbox, files in quarantine with their reasons, overdue returns.",
        "Reads files only (no job repository, no scheduler); safe while serve or run is working.",
        "Exit 0, 2 when the data directory does not exist (nothing is created)."})
class StatusCommand implements Callable<Integer> {

    /** Exit code for a data directory that does not exist. */
    static final int NO_DATA_DIR = 2;

    @Spec
    CommandSpec spec;

    @Mixin
    DataDirOption dataDir;

    @Option(names = "--jobs-dir", paramLabel = "DIR", defaultValue = "${PLANWATCH_JOBS_DIR:-jobs}",
            description = "Folder of the scheduled job definitions (default: ${DEFAULT-VALUE}).")
    Path jobsDir;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "10", description = "Runs to show (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--json", description = "The same as one JSON object, for monitoring scripts.")
    boolean json;

    @Override
    public Integer call() {
        DataDirectory data = dataDir.directory();
        if (!Files.isDirectory(data.root())) {
            spec.commandLine().getErr().println("planwatch: no data directory at " + data.root()
                    + "; give --data-dir DIR (or PLANWATCH_DATA_DIR). Nothing was created.");
            return NO_DATA_DIR;
        }
        StatusReport report = StatusReport.gather(data, jobsDir, runs, Clock.systemUTC());
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build()
                    .writeValueAsString(report));
        } else {
            print(out, report);
        }
        out.flush();
        return 0;
    }

    private static void print(PrintWriter out, StatusReport report) {
        DateTimeFormatter time = PlanZone.timeFormat(ZoneId.of(report.planZone()));
        out.printf("planwatch status of %s at %s%n", report.dataDir(), time.format(report.now()));
        out.printf("服务 serve: %s%s%n", report.serve() == null ? "not running"
                        : "running, pid " + report.serve().pid() + " since " + time.format(report.serve().since()),
                report.runGoing() ? "; a run is working now" : "");
        out.printf("%n计划任务 Schedules (%d):%n", report.schedules().size());
        report.schedules().forEach(s -> out.printf("  %-16s %-9s %-20s %-14s next %s%n", s.name(), s.job(),
                "\"" + s.cron() + "\"", s.timeZone(), s.nextFire() == null ? "—" : time.format(s.nextFire())));
        out.printf("%n各任务最近一次 Last run of each job:%n");
        report.lastRuns().values().forEach(run -> printRun(out, run, time));
        out.printf("%n最近运行 Recent runs (%d):%n", report.recentRuns().size());
        report.recentRuns().forEach(run -> printRun(out, run, time));
        StatusReport.Inbox inbox = report.inbox();
        out.printf("%n收件箱待处理 Waiting in the inbox: %d ready, %d still arriving, %d never taken%n",
                inbox.ready().size(), inbox.arriving().size(), inbox.ignored().size() + inbox.refused().size());
        inbox.ready().forEach(f -> out.printf("  ready     %s%n", f));
        inbox.arriving().forEach(f -> out.printf("  arriving  %s%n", f));
        inbox.ignored().forEach(f -> out.printf("  ignored   %s (not in a known bureau folder)%n", f));
        inbox.refused().forEach(f -> out.printf("  refused   %s%n", f));
        out.printf("%n隔离区 In quarantine: %d file(s)%n", report.quarantine().size());
        for (QuarantinedFile file : report.quarantine()) {
            out.printf("  %s  %d 处错误: %s%n", file.path(), file.errors(), file.firstError());
        }
        if (report.overdue() == null) {
            out.printf("%n逾期未报 Overdue returns: no warehouse yet%n");
            return;
        }
        out.printf("%n逾期未报 Overdue returns as of %s: %d%n", report.overdue().asOf(), report.overdue().returns().size());
        for (DueReturn r : report.overdue().returns()) {
            out.printf("  %-12s %-8s %-9s due %s  missing: %s%n", r.bureauCode(), r.bureauName(), r.periodCode(),
                    r.dueDate(), r.indicators());
        }
    }

    private static void printRun(PrintWriter out, RunSummary run, DateTimeFormatter time) {
        out.printf("  #%-5d %-9s %-10s %s → %s  %6.1f s  files: accepted %d, rejected %d, duplicate %d  rows %d%n",
                run.id(), run.job(), run.status(), format(time, run.start()), format(time, run.end()),
                run.took().toMillis() / 1000.0, run.totals().accepted(), run.totals().rejected(),
                run.totals().duplicate(), run.totals().rows());
    }

    private static String format(DateTimeFormatter time, Instant instant) {
        return instant == null ? "—" : time.format(instant);
    }
}
