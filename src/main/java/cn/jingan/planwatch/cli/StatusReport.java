package cn.jingan.planwatch.cli;

import cn.jingan.planwatch.catalog.Catalog;
import cn.jingan.planwatch.catalog.PlanZone;
import cn.jingan.planwatch.datadir.DataDirectory;
import cn.jingan.planwatch.intake.InboxScan;
import cn.jingan.planwatch.intake.InboxScanner;
import cn.jingan.planwatch.intake.Quarantine;
import cn.jingan.planwatch.intake.QuarantinedFile;
import cn.jingan.planwatch.runs.RunJournal;
import cn.jingan.planwatch.runs.RunLock;
import cn.jingan.planwatch.runs.RunSummary;
import cn.jingan.planwatch.scheduling.JobDefinitions;
import cn.jingan.planwatch.warehouse.DueReturn;
import cn.jingan.planwatch.warehouse.WarehouseReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What {@code status} shows, gathered from files alone (the run journal, the serve pid file, the run lock, the job
 * definitions, the inbox, the quarantine's receipts, the warehouse read-only): no job repository, no scheduler.
 *
 * @param dataDir    the data directory
 * @param planZone   the plan's clock (the warehouse's, else {@code planwatch.zone})
 * @param now        when it was gathered
 * @param serve      the living {@code serve} process, or null
 * @param runGoing   whether a run holds the data directory now
 * @param schedules  each schedule with its next fire
 * @param lastRuns   the last finished run of each job
 * @param recentRuns the latest finished runs, newest first
 * @param inbox      ready, still arriving, never-taken and refused entries, relative to the data directory
 * @param quarantine files in quarantine with their first error
 * @param overdue    returns overdue on the plan's today, or null without a warehouse
 */
record StatusReport(String dataDir, String planZone, Instant now, ServeProcess serve, boolean runGoing,
                    List<ScheduleRow> schedules, Map<String, RunSummary> lastRuns, List<RunSummary> recentRuns,
                    Inbox inbox, List<QuarantinedFile> quarantine, Overdue overdue) {

    /** A file modified more recently than this may still be copying (as {@code planwatch.settle-time}). */
    static final Duration SETTLE_TIME = Duration.ofSeconds(10);
    static final Duration MAX_CLOCK_AHEAD = Duration.ofMinutes(15);

    /** A schedule of {@code jobs/*.yaml} and its next fire. */
    record ScheduleRow(String name, String job, String cron, String timeZone, Instant nextFire) {}

    /** The inbox: files ready for the next run, still arriving, and in no known bureau's folder. */
    /** Files relative to the data directory; a refused entry with the reason its receipt gives. */
    record Inbox(List<String> ready, List<String> arriving, List<String> ignored, List<String> refused) {}

    /** Returns overdue on {@code asOf}. */
    record Overdue(LocalDate asOf, List<DueReturn> returns) {}

    static StatusReport gather(DataDirectory data, Path jobsDir, int runs, Clock clock) {
        Instant now = clock.instant();
        Overdue overdue = null;
        String zone = PlanZone.configured().getId();
        if (Files.isRegularFile(data.warehouse())) {
            try (WarehouseReader reader = WarehouseReader.open(data.warehouse())) {
                zone = reader.planZone().getId();
                LocalDate today = LocalDate.ofInstant(now, reader.planZone());
                overdue = new Overdue(today, reader.dueReturns(today, 0).stream().filter(DueReturn::overdue).toList());
            }
        }
        RunJournal journal = new RunJournal(data);
        return new StatusReport(data.root().toString(), zone, now, ServeProcess.alive(data).orElse(null),
                RunLock.isHeld(data), schedules(jobsDir, now), journal.lastOfEachJob(), journal.latest(runs),
                inbox(data, clock), Quarantine.list(data), overdue);
    }

    private static List<ScheduleRow> schedules(Path jobsDir, Instant now) {
        if (!Files.isDirectory(jobsDir)) {
            return List.of();
        }
        return JobDefinitions.load(jobsDir).stream().map(d -> new ScheduleRow(d.name(), d.job(), d.cron(),
                d.timeZone().getId(), d.nextFire(now).orElse(null))).toList();
    }

    private static Inbox inbox(DataDirectory data, Clock clock) {
        if (!Files.isDirectory(data.inbox())) {
            return new Inbox(List.of(), List.of(), List.of(), List.of());
        }
        InboxScan scan = new InboxScanner(data.inbox(), Catalog.load(), SETTLE_TIME, MAX_CLOCK_AHEAD, clock).scan();
        return new Inbox(scan.ready().stream().map(f -> data.relative(f.path())).toList(),
                scan.waiting().stream().map(data::relative).toList(),
                scan.ignored().stream().map(data::relative).toList(),
                scan.refused().stream().map(e -> data.relative(e.path()) + " (" + e.reason() + ")").toList());
    }
}
