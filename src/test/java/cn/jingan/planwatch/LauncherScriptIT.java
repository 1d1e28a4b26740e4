package cn.jingan.planwatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher {@code ops/planwatch}, installed as the runbook's Installation says, runs the packaged jar. */
class LauncherScriptIT {

    private static final Path LAUNCHER = Path.of("ops", "planwatch");

    @TempDir
    Path root;

    @Test
    void runsTheIntakeAndTheReportOfThePackagedJarThroughItsLinkOnTheDataDirectoryOfTheEnvironment()
            throws Exception {
        // given /opt/planwatch with the launcher and the jar, /usr/local/bin/planwatch linked to it, and
        // a data directory named only by PLANWATCH_DATA_DIR, all under a temporary root
        assertThat(LAUNCHER).isExecutable();
        Path home = Files.createDirectories(root.resolve("opt/planwatch"));
        Files.copy(LAUNCHER, home.resolve("planwatch"), StandardCopyOption.COPY_ATTRIBUTES);
        Files.createSymbolicLink(home.resolve("planwatch.jar"), PackagedJarIT.JAR.toAbsolutePath());
        Path link = Files.createDirectories(root.resolve("usr/local/bin")).resolve("planwatch");
        Files.createSymbolicLink(link, home.resolve("planwatch"));
        Path data = root.resolve("srv/planwatch");

        // when
        Launched run = launch(link, data, "run", "--copy-from", Path.of("sample-inputs").toAbsolutePath().toString());
        Launched report = launch(link, data, "report");

        // then
        assertThat(run.exit()).as("run exit code; stderr: %s", run.err()).isZero();
        assertThat(run.out()).contains("篇章").contains("S1");
        assertThat(parquetFilesIn(data.resolve("lake/observations"))).as("lake files written by the jar").isNotEmpty();
        assertThat(data.resolve("warehouse.duckdb")).isRegularFile();
        assertThat(report.exit()).as("report exit code; stderr: %s", report.err()).isZero();
        assertThat(report.out()).contains("篇章").contains("S4");
    }

    /** What one command printed, and how it ended. */
    private record Launched(int exit, String out, String err) {}

    private Launched launch(Path launcher, Path data, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(launcher.toString()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile(root, "out", ".txt");
        Path err = Files.createTempFile(root, "err", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(name -> name.startsWith("PLANWATCH_") || name.startsWith("SPRING_")
                || name.equals("JAVA_TOOL_OPTIONS"));
        env.put("PLANWATCH_DATA_DIR", data.toString());
        env.put("JAVA_HOME", System.getProperty("java.home"));
        Process process = builder.start();
        if (!process.waitFor(3, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("planwatch " + String.join(" ", args) + " did not end within 3 minutes");
        }
        return new Launched(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private static List<Path> parquetFilesIn(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(p -> p.getFileName().toString().endsWith(".parquet")).toList();
        }
    }
}
