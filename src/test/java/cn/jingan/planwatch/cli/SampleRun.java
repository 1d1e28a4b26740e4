package cn.jingan.planwatch.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import picocli.CommandLine;

/**
 * One {@code run --copy-from sample-inputs} per test JVM, into a data directory that the report and dashboard
 * tests read (and never change), removed when the JVM exits.
 */
final class SampleRun {
    private SampleRun() {}

    /** The data directory after the run, made on first use. */
    static synchronized Path dataDir() {
        if (Holder.dir == null) {
            Holder.dir = run();
        }
        return Holder.dir;
    }

    /** Runs a command line, printing its output to standard error when it fails; returns the exit code. */
    static int execute(String... args) {
        StringWriter out = new StringWriter();
        CommandLine commandLine = new CommandLine(new PlanwatchCommand());
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(out));
        int exit = commandLine.execute(args);
        if (exit != 0) {
            System.err.println(out);
        }
        return exit;
    }

    private static Path run() {
        try {
            Path dir = Files.createTempDirectory("planwatch-samples-");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
            int exit = execute("run", "--copy-from", RunCommandIntegrationTests.SAMPLES.toString(), "--data-dir",
                    dir.toString());
            if (exit != 0) {
                throw new IllegalStateException("the sample run failed with exit code " + exit);
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary folder left behind is harmless
        }
    }

    /** The data directory, once made. */
    private static final class Holder {
        static Path dir;
    }
}
