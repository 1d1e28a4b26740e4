package cn.jingan.planwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jingan.planwatch.intake.TestReturns;
import cn.jingan.planwatch.warehouse.WarehouseReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real {@code planwatch run} process, slowed down and killed with SIGKILL in the middle, then started again,
 * ends exactly where an uninterrupted run ends.
 */
class KilledRunTest {

    private static final int QUARTERS = 8;

    @TempDir
    Path temp;

    @Test
    void aRunKilledMidwayResumesAndEndsLikeAnUninterruptedRun() throws Exception {
        // given
        Path interrupted = temp.resolve("interrupted");
        Path uninterrupted = temp.resolve("uninterrupted");
        for (Path file : TestReturns.deliver(interrupted, QUARTERS)) {
            Path copy = uninterrupted.resolve(interrupted.relativize(file).toString());
            Files.createDirectories(copy.getParent());
            Files.copy(file, copy, StandardCopyOption.COPY_ATTRIBUTES);
        }
        int files = QUARTERS + 1;

        // when
        Process slow = planwatch(interrupted, "run", "400ms");
        waitUntilHandled(interrupted, 3, slow);
        assertThat(slow.isAlive()).as("still running when killed").isTrue();
        slow.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        long handledAtKill = handled(interrupted);
        Process restart = planwatch(interrupted, "run", "0ms");
        Process reference = planwatch(uninterrupted, "run", "0ms");

        // then
        assertThat(handledAtKill).isBetween(3L, (long) files - 1);
        assertThat(finish(restart)).as("restart exit code").isZero();
        assertThat(finish(reference)).as("reference exit code").isZero();
        assertThat(log(interrupted)).contains("resuming it from its last checkpoint");
        assertThat(facts(interrupted)).isEqualTo(facts(uninterrupted)).hasSize(QUARTERS);
        assertThat(count(interrupted, "fact_observation_history")).isEqualTo(QUARTERS);
        assertThat(count(interrupted, "fact_submission")).isEqualTo(QUARTERS);
        for (String folder : List.of("archive", "quarantine", "outbox", "inbox")) {
            assertThat(names(interrupted.resolve(folder))).as(folder).isEqualTo(names(uninterrupted.resolve(folder)));
        }
        assertThat(names(interrupted.resolve("archive"))).hasSize(QUARTERS);
        assertThat(names(interrupted.resolve("quarantine"))).hasSize(1);
        assertThat(names(interrupted.resolve("inbox"))).isEmpty();
        String metrics = Files.readString(interrupted.resolve(".planwatch/metrics.prom"));
        assertThat(metrics).contains("planwatch_runs_total{job=\"intake\",status=\"FAILED\"} 1.0",
                "planwatch_runs_total{job=\"intake\",status=\"COMPLETED\"} 1.0",
                "planwatch_files_total{outcome=\"accepted\"} " + QUARTERS + ".0",
                "planwatch_files_total{outcome=\"rejected\"} 1.0");
    }

    private Process planwatch(Path dataDir, String command, String itemDelay) throws IOException {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> line = new ArrayList<>(List.of(java.toString(), "-cp", System.getProperty("java.class.path"),
                "-Dplanwatch.testing.item-delay=" + itemDelay, "-Dplanwatch.chunk-size=1",
                "-Dplanwatch.settle-time=0s", PlanwatchCommand.class.getName(), command,
                "--data-dir", dataDir.toString()));
        Path output = dataDir.resolve("process-" + System.nanoTime() + ".log");
        return new ProcessBuilder(line).redirectErrorStream(true).redirectOutput(output.toFile()).start();
    }

    private static void waitUntilHandled(Path dataDir, int files, Process process) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (handled(dataDir) < files && process.isAlive() && Instant.now().isBefore(deadline)) {
            Thread.sleep(50);
        }
    }

    private static int finish(Process process) throws InterruptedException {
        assertThat(process.waitFor(3, TimeUnit.MINUTES)).as("process ended").isTrue();
        return process.exitValue();
    }

    private static long handled(Path dataDir) throws IOException {
        return names(dataDir.resolve("archive")).size() + names(dataDir.resolve("quarantine")).size();
    }

    private static String log(Path dataDir) throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> logs = Files.list(dataDir)) {
            for (Path log : logs.filter(p -> p.getFileName().toString().endsWith(".log")).toList()) {
                all.append(Files.readString(log, StandardCharsets.UTF_8));
            }
        }
        return all.toString();
    }

    private static List<Map<String, Object>> facts(Path dataDir) {
        try (WarehouseReader reader = WarehouseReader.open(dataDir.resolve("warehouse.duckdb"))) {
            return reader.query("""
                    select indicator_code, period_code, area_code, measure, value, unit, bureau_code, source_file,
                        source_sha256, source_sheet, source_cell, received_at
                    from fact_observation
                    order by all""");
        }
    }

    private static long count(Path dataDir, String table) {
        try (WarehouseReader reader = WarehouseReader.open(dataDir.resolve("warehouse.duckdb"))) {
            return reader.counts().get(table);
        }
    }

    /** The files under a folder, relative to it. */
    static List<String> names(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).map(f -> folder.relativize(f).toString())
                    .filter(name -> !name.contains("/.")).sorted().toList();
        }
    }
}
