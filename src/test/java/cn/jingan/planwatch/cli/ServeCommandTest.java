package cn.jingan.planwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jingan.planwatch.intake.TestReturns;
import cn.jingan.planwatch.system.Contexts;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real {@code planwatch serve} process on a fast cron, stopped with SIGTERM in the middle of a run: it stops
 * after the current chunk, exits 0, and {@code status} then tells what was done and what is left.
 */
class ServeCommandTest {

    @TempDir
    Path temp;

    @Test
    void sigtermStopsTheRunningJobAfterItsCurrentChunkAndStatusShowsWhatIsLeft() throws Exception {
        // given
        Path data = temp.resolve("data");
        TestReturns.deliver(data, 8);
        Path jobs = Contexts.jobs(temp.resolve("jobs"), "name: poll\njob: intake\ncron: \"* * * * * ?\"\n");
        Path output = temp.resolve("serve.log");
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process serve = new ProcessBuilder(List.of(java.toString(), "-cp", System.getProperty("java.class.path"),
                "-Dplanwatch.testing.item-delay=500ms", "-Dplanwatch.chunk-size=1", "-Dplanwatch.settle-time=0s",
                PlanwatchCommand.class.getName(), "serve", "--data-dir", data.toString(), "--jobs-dir",
                jobs.toString())).redirectErrorStream(true).redirectOutput(output.toFile()).start();

        // when
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (KilledRunTest.names(data.resolve("archive")).size() < 2 && Instant.now().isBefore(deadline)) {
            Thread.sleep(50);
        }
        serve.destroy();
        boolean exited = serve.waitFor(2, TimeUnit.MINUTES);
        String log = Files.readString(output, StandardCharsets.UTF_8);
        int handled = KilledRunTest.names(data.resolve("archive")).size()
                + KilledRunTest.names(data.resolve("quarantine")).size();
        String status = status(data);

        // then
        assertThat(exited).isTrue();
        assertThat(serve.exitValue()).isZero();
        assertThat(log).contains("outcome=stopping", "planwatch stopped.");
        Matcher stopped = Pattern.compile("outcome=STOPPED .*accepted=(\\d+) rejected=(\\d+)").matcher(log);
        assertThat(stopped.find()).as("a run ended STOPPED").isTrue();
        assertThat(Integer.parseInt(stopped.group(1)) + Integer.parseInt(stopped.group(2)))
                .as("files counted by the stopped run = files moved out of the inbox").isEqualTo(handled);
        assertThat(handled).isLessThan(9);
        assertThat(status).contains("STOPPED", "Waiting in the inbox: " + (9 - handled) + " ready");
        if (KilledRunTest.names(data.resolve("quarantine")).size() == 1) {
            assertThat(status).contains("quarantine/drc/drc_wrong-indicator_2021-Q2.xlsx  1 处错误");
        }
    }

    private static String status(Path data) {
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            assertThat(PlanwatchCommand.execute("status", "--data-dir", data.toString())).isZero();
        } finally {
            System.setOut(original);
        }
        return captured.toString(StandardCharsets.UTF_8);
    }
}
