package cn.jingan.planwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jingan.planwatch.intake.TestReturns;
import cn.jingan.planwatch.system.Contexts;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Real {@code serve} and {@code run} processes listen on no TCP port while they work (read from /proc), log one ECS
 * JSON object a line when standard output is no terminal, write the file {@code logging.file.name} names with
 * date, time and zone on each line, and leave no H2 trace file.
 */
class ClosedToTheNetworkIntegrationTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path temp;

    @Test
    void serveWorkingListensOnNoPortLogsEcsJsonAndWritesTheLogFile() throws Exception {
        // given
        Path data = temp.resolve("data");
        TestReturns.deliver(data, 4);
        Path jobs = Contexts.jobs(temp.resolve("jobs"), "name: poll\njob: intake\ncron: \"* * * * * ?\"\n");
        Path output = temp.resolve("serve.out");
        Path logFile = temp.resolve("log/planwatch.log");
        Process serve = start(output, List.of("-Dplanwatch.testing.item-delay=300ms", "-Dplanwatch.chunk-size=1",
                "-Dlogging.file.name=" + logFile), "serve", "--data-dir", data.toString(), "--jobs-dir", jobs.toString());

        // when
        waitFor(serve, () -> !KilledRunTest.names(data.resolve("archive")).isEmpty());
        List<String> listening = ListeningSockets.of(serve.pid());
        boolean aliveWhileLooked = serve.isAlive();
        serve.destroy();
        assertThat(serve.waitFor(2, TimeUnit.MINUTES)).isTrue();
        List<JsonNode> logLines = jsonLines(output);

        // then
        assertThat(aliveWhileLooked).isTrue();
        assertThat(KilledRunTest.names(data.resolve("archive"))).isNotEmpty();
        assertThat(listening).as("listening sockets of serve").isEmpty();
        assertThat(logLines).isNotEmpty();
        assertThat(logLines).allSatisfy(line -> assertThat(line.has("@timestamp") && line.has("message")).isTrue());
        assertThat(logLines).anySatisfy(line -> assertThat(line.get("message").asString()).contains("schedule=poll"));
        assertThat(logFile).isRegularFile();
        assertThat(Files.readString(logFile, StandardCharsets.UTF_8))
                .containsPattern("(?m)^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{3} \\+08:00 INFO .*schedule=poll");
        assertThat(data.resolve(".planwatch/jobs.trace.db")).doesNotExist();
    }

    @Test
    void runWorkingListensOnNoPort() throws Exception {
        // given
        Path data = temp.resolve("data");
        TestReturns.deliver(data, 4);
        Process run = start(temp.resolve("run.out"), List.of("-Dplanwatch.testing.item-delay=300ms"), "run",
                "--data-dir", data.toString());

        // when
        List<String> listening = new ArrayList<>();
        int looks = 0;
        while (run.isAlive()) {
            listening.addAll(ListeningSockets.of(run.pid()));
            looks++;
            Thread.sleep(100);
        }

        // then
        assertThat(run.exitValue()).isZero();
        assertThat(looks).as("looked while it worked").isGreaterThan(10);
        assertThat(listening).as("listening sockets of run").isEmpty();
        assertThat(data.resolve(".planwatch/jobs.trace.db")).doesNotExist();
    }

    @Test
    void aRunByHandOpensTheJobRepositoryWhileServeWaitsForItsNextFire() throws Exception {
        // given
        Path data = temp.resolve("data");
        TestReturns.deliver(data, 1);
        Path jobs = Contexts.jobs(temp.resolve("jobs"), "name: yearly\njob: intake\ncron: \"0 0 0 1 1 ? 2099\"\n");
        Path output = temp.resolve("serve.out");
        Process serve = start(output, List.of(), "serve", "--data-dir", data.toString(), "--jobs-dir", jobs.toString());
        waitFor(serve, () -> Files.readString(output, StandardCharsets.UTF_8).contains("planwatch serving"));

        // when
        HelpTest.Output run = HelpTest.Output.of("run", "--data-dir", data.toString());
        HelpTest.Output status = HelpTest.Output.of("status", "--data-dir", data.toString(), "--jobs-dir",
                jobs.toString());
        serve.destroy();
        assertThat(serve.waitFor(2, TimeUnit.MINUTES)).isTrue();

        // then
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("planwatch run COMPLETED");
        assertThat(status.out()).contains("running, pid " + serve.pid(), "yearly");
        assertThat(data.resolve(".planwatch/serve.pid")).as("removed on a clean stop").doesNotExist();
    }

    private static Process start(Path output, List<String> jvmOptions, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"), "-Dplanwatch.settle-time=0s"));
        command.addAll(jvmOptions);
        command.add(PlanwatchCommand.class.getName());
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile()).start();
    }

    /** Waits up to two minutes for {@code done}, or for the process to end. */
    private static void waitFor(Process process, Callable<Boolean> done) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (!done.call() && process.isAlive() && Instant.now().isBefore(deadline)) {
            Thread.sleep(50);
        }
    }

    private static List<JsonNode> jsonLines(Path output) throws Exception {
        return Files.readAllLines(output, StandardCharsets.UTF_8).stream().filter(line -> line.startsWith("{"))
                .map(JSON::readTree).toList();
    }
}
