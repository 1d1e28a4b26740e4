package cn.jingan.planwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jingan.planwatch.failpoint.Failpoints;
import cn.jingan.planwatch.lake.Lake;
import cn.jingan.planwatch.lake.LakeState;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An outside engine reading the lake with a plain Parquet glob, from its own process, while a real run is
 * stopped at each of its failpoints: it reads no file of a batch that is not committed, and after the run it
 * reads exactly the live files.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LakeGlobDuringRunIntegrationTests {

    Path inputs;

    @BeforeAll
    void copyOneBureauOfTheSamples(@TempDir Path dir) throws IOException {
        inputs = dir.resolve("inputs");
        for (String bureau : List.of("housing")) {
            Files.createDirectories(inputs.resolve(bureau));
            try (Stream<Path> files = Files.list(Path.of("sample-inputs", bureau))) {
                for (Path file : files.toList()) {
                    Files.copy(file, inputs.resolve(bureau).resolve(file.getFileName()));
                }
            }
        }
        Files.copy(Path.of("sample-inputs", "received.tsv"), inputs.resolve("received.tsv"));
    }

    @ParameterizedTest
    @ValueSource(strings = {Failpoints.LAKE_FILES_WRITTEN, Failpoints.LAKE_COMMIT_WRITTEN, Failpoints.LAKE_COMMITTED,
            Failpoints.FILES_HALF_SORTED, Failpoints.WAREHOUSE_LOADING, Failpoints.WAREHOUSE_BUILT})
    void aGlobReadsOnlyCommittedFilesWhileARunIsStoppedHere(String failpoint, @TempDir Path data) throws Exception {
        // given a run stopped at the failpoint
        Path lake = data.resolve("lake");
        Process run = ChildProcesses.java(PlanwatchCommand.class, List.of("-Dplanwatch.failpoint=" + failpoint,
                        "-Dplanwatch.failpoint-mode=pause", "-Dplanwatch.chunk-size=5"),
                "run", "--copy-from", inputs.toString(), "--data-dir", data.toString());
        awaitLine(run.getInputStream(), "failpoint " + failpoint);

        // when an outside engine globs the lake
        List<String> read = glob(lake);

        // then every file it read is live in the commit log
        assertThat(read).isSubsetOf(liveObservationFiles(lake));
        if (failpoint.equals(Failpoints.LAKE_FILES_WRITTEN) || failpoint.equals(Failpoints.LAKE_COMMIT_WRITTEN)) {
            assertThat(RunCommandIntegrationTests.filesUnder(lake.resolve("_staging")))
                    .as("the files of the batch being committed, staged").isNotEmpty();
        }

        // and once the run goes on to its end, the glob reads exactly the live files
        try (OutputStream resume = run.getOutputStream()) {
            resume.write('\n');
        }
        assertThat(run.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(run.exitValue()).isZero();
        assertThat(glob(lake)).isNotEmpty().containsExactlyInAnyOrderElementsOf(liveObservationFiles(lake));
    }

    private static List<String> liveObservationFiles(Path lake) {
        LakeState state = new Lake(lake).state();
        return state.observationFiles().stream().map(f -> lake.relativize(f).toString().replace('\\', '/')).toList();
    }

    private static List<String> glob(Path lake) throws Exception {
        Process reader = ChildProcesses.java(LakeGlob.class, lake.toString());
        List<String> files = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(reader.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null && !line.equals("end"); line = out.readLine()) {
                files.add(line);
            }
        }
        assertThat(reader.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(reader.exitValue()).as("exit code of the glob reader").isZero();
        return files;
    }

    /** Reads the run's output up to the line, then keeps draining it so that the run never blocks on it. */
    private static void awaitLine(InputStream output, String expected) throws IOException {
        BufferedReader lines = new BufferedReader(new InputStreamReader(output, StandardCharsets.UTF_8));
        for (String line = lines.readLine(); ; line = lines.readLine()) {
            assertThat(line).as("the run ended before reaching " + expected).isNotNull();
            if (line.equals(expected)) {
                break;
            }
        }
        Thread drain = new Thread(() -> {
            try {
                lines.transferTo(java.io.Writer.nullWriter());
            } catch (IOException ignored) {
                // the run has ended
            }
        });
        drain.setDaemon(true);
        drain.start();
    }
}
