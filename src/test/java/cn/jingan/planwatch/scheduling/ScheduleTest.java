package cn.jingan.planwatch.scheduling;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jingan.planwatch.datadir.DataDirectory;
import cn.jingan.planwatch.intake.TestReturns;
import cn.jingan.planwatch.runs.RecentRuns;
import cn.jingan.planwatch.runs.RunLock;
import cn.jingan.planwatch.runs.RunSummary;
import cn.jingan.planwatch.system.Contexts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

/** The scheduler on a fast cron: it fires, never runs two jobs at once, and catches up after downtime. */
class ScheduleTest {

    @TempDir
    Path temp;

    @Test
    void firesOnAFastCronSkipsFiresWhileAnotherRunHoldsTheDataDirectoryAndNeverOverlaps() throws Exception {
        // given: two schedules firing every second on the same data directory, slow runs, and another process's
        // run holding the data directory for the first seconds
        Path data = temp.resolve("data");
        TestReturns.deliver(data, 6);
        Path jobs = Contexts.jobs(temp.resolve("jobs"),
                "name: poll-a\njob: intake\ncron: \"* * * * * ?\"\nmisfire: fire-once-now\n",
                "name: poll-b\njob: intake\ncron: \"* * * * * ?\"\nmisfire: skip\n");
        List<RunSummary> runs;
        String metrics;

        // when
        try (ConfigurableApplicationContext context = Contexts.start(data, "planwatch.scheduling.jobs-dir=" + jobs,
                "planwatch.chunk-size=1", "planwatch.testing.item-delay=400ms")) {
            try (RunLock other = RunLock.acquire(new DataDirectory(data), Duration.ZERO).orElseThrow()) {
                context.getBean(Schedule.class).start();
                Thread.sleep(2500);
            }
            waitFor(() -> archived(data) == 7, Duration.ofSeconds(60));
            RecentRuns recent = context.getBean(RecentRuns.class);
            waitFor(() -> ended(recent.latest(100)) >= 2, Duration.ofSeconds(60));
            runs = recent.latest(100);
        }
        metrics = Files.readString(data.resolve(".planwatch/metrics.prom"));

        // then
        assertThat(archived(data)).as("6 accepted and 1 rejected, each handled once").isEqualTo(7);
        assertThat(runs).hasSizeGreaterThanOrEqualTo(2).allMatch(r -> r.job().equals("intake"));
        List<RunSummary> byStart = runs.stream().filter(r -> r.end() != null)
                .sorted(Comparator.comparing(RunSummary::start)).toList();
        for (int i = 1; i < byStart.size(); i++) {
            assertThat(byStart.get(i).start()).as("run %d starts after run %d ended", byStart.get(i).id(),
                    byStart.get(i - 1).id()).isAfterOrEqualTo(byStart.get(i - 1).end());
        }
        assertThat(runs.stream().mapToLong(r -> r.totals().accepted()).sum()).isEqualTo(6);
        assertThat(metrics).containsPattern("planwatch_fires_skipped_total\\{schedule=\"poll-[ab]\"} [1-9]");
        assertThat(metrics).contains("planwatch_files_total{outcome=\"accepted\"} 6.0");
    }

    @Test
    void aFireMissedWhileDownRunsOnceAtStartWhenThePolicySaysSoAndIsDroppedOtherwise() throws Exception {
        // given: daily schedules whose last fire was two days ago: the process was down since
        Path data = temp.resolve("data");
        TestReturns.deliver(data, 2);
        Path jobs = Contexts.jobs(temp.resolve("jobs"),
                "name: nightly-poll\njob: intake\ncron: \"0 0 3 * * ?\"\nmisfire: fire-once-now\n",
                "name: morning-reminder\njob: reminder\ncron: \"0 0 9 * * ?\"\nmisfire: skip\n");
        FireLog fireLog = new FireLog(new DataDirectory(data));
        Instant twoDaysAgo = Instant.now().minus(Duration.ofDays(2));
        fireLog.record("nightly-poll", twoDaysAgo);
        fireLog.record("morning-reminder", twoDaysAgo);
        List<RunSummary> runs;

        // when
        try (ConfigurableApplicationContext context = Contexts.start(data, "planwatch.scheduling.jobs-dir=" + jobs)) {
            context.getBean(Schedule.class).start();
            waitFor(() -> archived(data) == 3, Duration.ofSeconds(60));
            RecentRuns recent = context.getBean(RecentRuns.class);
            waitFor(() -> ended(recent.latest(100)) >= 1, Duration.ofSeconds(60));
            Thread.sleep(2000);
            runs = recent.latest(100);
        }

        // then
        assertThat(runs).hasSize(1);
        assertThat(runs.get(0).job()).isEqualTo("intake");
        assertThat(runs.get(0).status()).isEqualTo("COMPLETED");
        assertThat(fireLog.last("nightly-poll").orElseThrow()).isAfter(twoDaysAgo.plus(Duration.ofDays(1)));
        assertThat(fireLog.last("morning-reminder").orElseThrow()).isAfter(twoDaysAgo.plus(Duration.ofDays(1)));
    }

    @Test
    void aFirstStartHasNoMissedFiresToCatchUp() throws Exception {
        // given
        Path data = temp.resolve("data");
        TestReturns.deliver(data, 1);
        Path jobs = Contexts.jobs(temp.resolve("jobs"),
                "name: nightly-poll\njob: intake\ncron: \"0 0 3 * * ?\"\nmisfire: fire-once-now\n");
        List<RunSummary> runs;

        // when
        try (ConfigurableApplicationContext context = Contexts.start(data, "planwatch.scheduling.jobs-dir=" + jobs)) {
            context.getBean(Schedule.class).start();
            Thread.sleep(2000);
            runs = context.getBean(RecentRuns.class).latest(100);
        }

        // then
        assertThat(runs).isEmpty();
        assertThat(new FireLog(new DataDirectory(data)).last("nightly-poll")).isPresent();
    }

    /** Files moved out of the inbox: archived or quarantined. */
    private static long archived(Path data) {
        try (var files = Files.walk(data.resolve("archive"))) {
            return files.filter(Files::isRegularFile).count()
                    + (Files.isDirectory(data.resolve("quarantine"))
                    ? Files.walk(data.resolve("quarantine")).filter(Files::isRegularFile).count() : 0);
        } catch (java.io.IOException e) {
            return 0;
        }
    }

    /** Runs that have ended, whatever their status: a run's last step may outlast the moving of its files. */
    private static long ended(List<RunSummary> runs) {
        return runs.stream().filter(run -> run.end() != null).count();
    }

    private static void waitFor(java.util.function.BooleanSupplier condition, Duration timeout)
            throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (!condition.getAsBoolean() && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
    }
}
