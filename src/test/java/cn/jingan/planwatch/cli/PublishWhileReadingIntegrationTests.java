package cn.jingan.planwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jingan.planwatch.datadir.DataDirectory;
import cn.jingan.planwatch.runs.RunLock;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** BI tools hold the warehouse open for hours; runs must neither fail because of them nor show them half a load. */
class PublishWhileReadingIntegrationTests {

    @TempDir
    Path dir;

    @Test
    void aReaderHoldingTheWarehouseThroughARunKeepsTheOldStateAndANewReaderSeesTheNew() throws Exception {
        // given a first run over one bureau, and a BI tool (another OS process) holding the warehouse read-only
        Path data = dir.resolve("data");
        assertThat(run(inputs("housing"), data)).isZero();
        String count = "select count(*) from fact_observation";
        try (ChildProcesses.Reader bi = new ChildProcesses.Reader(data.resolve("warehouse.duckdb"))) {
            String before = bi.ask(count);

            // when a second run loads two more bureaus while it reads
            assertThat(run(inputs("health", "commerce"), data)).isZero();

            // then the open reader still answers, from the state it opened; a new reader sees the new state
            assertThat(bi.ask(count)).isEqualTo(before);
            try (ChildProcesses.Reader fresh = new ChildProcesses.Reader(data.resolve("warehouse.duckdb"))) {
                assertThat(Long.parseLong(fresh.ask(count))).isGreaterThan(Long.parseLong(before));
                assertThat(fresh.ask("select count(distinct bureau_code) from fact_observation")).isEqualTo("3");
            }
        }
    }

    @Test
    void aSecondRunOnTheSameDataDirectoryWaitsThenSaysSoAndChangesNothing() throws Exception {
        // given a run holding the data directory
        Path data = dir.resolve("data");
        Path inputs = inputs("housing");
        try (RunLock held = RunLock.acquire(new DataDirectory(data), Duration.ZERO).orElseThrow()) {
            // when another run starts and will wait one second at most
            StringWriter err = new StringWriter();
            CommandLine commandLine = new CommandLine(new PlanwatchCommand()).setErr(new PrintWriter(err));
            int exit = commandLine.execute("run", "--copy-from", inputs.toString(), "--data-dir", data.toString(),
                    "--wait", "1");

            // then it gives up with a clear message and touches nothing
            assertThat(exit).isEqualTo(RunLockOption.BUSY);
            assertThat(err.toString()).contains("another run is still working on");
            assertThat(RunCommandIntegrationTests.filesUnder(data.resolve("inbox"))).isEmpty();
            assertThat(data.resolve("warehouse.duckdb")).doesNotExist();
        }
    }

    private Path inputs(String... bureaus) throws Exception {
        Path inputs = Files.createTempDirectory(dir, "inputs");
        for (String bureau : bureaus) {
            Files.createDirectories(inputs.resolve(bureau));
            try (Stream<Path> files = Files.list(Path.of("sample-inputs", bureau))) {
                for (Path file : files.toList()) {
                    Files.copy(file, inputs.resolve(bureau).resolve(file.getFileName()));
                }
            }
        }
        Files.copy(Path.of("sample-inputs", "received.tsv"), inputs.resolve("received.tsv"));
        return inputs;
    }

    private static int run(Path inputs, Path data) {
        return new CommandLine(new PlanwatchCommand()).execute("run", "--copy-from", inputs.toString(), "--data-dir",
                data.toString());
    }
}
