package cn.jingan.planwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jingan.planwatch.failpoint.Failpoints;
import cn.jingan.planwatch.warehouse.WarehouseReader;
import java.io.IOException;
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
import picocli.CommandLine;

/**
 * A real process killed at each stage where a crash could do harm (halted as by {@code kill -9}), then the same
 * command run again: the end state equals that of a run never interrupted, with no row twice and none lost.
 * Inputs: two bureaus of the samples (housing .xlsx with a revision and a bad file, health .xls per area), in
 * chunks of five so that a crash falls between committed chunks.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CrashRecoveryIntegrationTests {

    Path inputs;
    EndState uninterrupted;

    @BeforeAll
    void runOnceWithoutCrash(@TempDir Path dir) throws Exception {
        inputs = dir.resolve("inputs");
        for (String bureau : List.of("housing", "health")) {
            copyTree(Path.of("sample-inputs", bureau), inputs.resolve(bureau));
        }
        Files.copy(Path.of("sample-inputs", "received.tsv"), inputs.resolve("received.tsv"));
        Path data = dir.resolve("data");
        assertThat(new CommandLine(new PlanwatchCommand()).execute("run", "--copy-from", inputs.toString(),
                "--data-dir", data.toString())).isZero();
        uninterrupted = EndState.of(data);
        assertThat(uninterrupted.facts()).hasSizeGreaterThan(50);
    }

    @ParameterizedTest
    @ValueSource(strings = {Failpoints.LAKE_FILES_WRITTEN, Failpoints.LAKE_COMMIT_WRITTEN, Failpoints.LAKE_COMMITTED,
            Failpoints.FILES_HALF_SORTED, Failpoints.WAREHOUSE_LOADING, Failpoints.WAREHOUSE_BUILT})
    void aCrashAtThisStageIsFinishedByTheNextRun(String failpoint, @TempDir Path data) throws Exception {
        // when the first run dies at the failpoint
        assertThat(crashAt(failpoint, data)).as("exit code of the halted run").isEqualTo(137);

        // and the same command runs again
        assertThat(new CommandLine(new PlanwatchCommand()).execute("run", "--copy-from", inputs.toString(),
                "--data-dir", data.toString())).isZero();

        // then
        EndState recovered = EndState.of(data);
        assertThat(recovered.facts()).containsExactlyElementsOf(uninterrupted.facts());
        assertThat(recovered.history()).containsExactlyElementsOf(uninterrupted.history());
        assertThat(recovered.files()).containsExactlyElementsOf(uninterrupted.files());
        assertThat(RunCommandIntegrationTests.filesUnder(data.resolve("inbox"))).isEmpty();
    }

    private int crashAt(String failpoint, Path data) throws Exception {
        Process process = ChildProcesses.java(PlanwatchCommand.class,
                List.of("-Dplanwatch.failpoint=" + failpoint, "-Dplanwatch.chunk-size=5"),
                "run", "--copy-from", inputs.toString(), "--data-dir", data.toString());
        process.getInputStream().transferTo(System.out);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return process.exitValue();
    }

    /** What a run leaves that matters: warehouse rows (without load times), and the files in every folder. */
    record EndState(List<String> facts, List<String> history, List<String> files) {

        static EndState of(Path data) throws IOException {
            try (WarehouseReader reader = WarehouseReader.open(data.resolve("warehouse.duckdb"))) {
                return new EndState(
                        rows(reader, "select * exclude (loaded_at) from fact_observation order by all"),
                        rows(reader, "select * exclude (loaded_at, batch_id) from fact_observation_history order by all"),
                        files(data));
            }
        }

        private static List<String> rows(WarehouseReader reader, String sql) {
            return reader.query(sql).stream().map(Object::toString).toList();
        }

        private static List<String> files(Path data) throws IOException {
            List<String> names = new ArrayList<>();
            for (String folder : List.of("archive", "quarantine", "outbox")) {
                for (Path file : RunCommandIntegrationTests.filesUnder(data.resolve(folder))) {
                    names.add(data.relativize(file).toString());
                }
            }
            return names;
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.toList()) {
                Files.copy(file, to.resolve(file.getFileName()));
            }
        }
    }
}
