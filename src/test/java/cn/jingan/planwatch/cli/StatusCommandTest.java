package cn.jingan.planwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jingan.planwatch.datadir.DataDirectory;
import cn.jingan.planwatch.intake.TestReturns;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code status} reads files only: schedules, the serve process, the last runs, and a missing directory is an error. */
class StatusCommandTest {

    @TempDir
    Path temp;

    @Test
    void aMissingDataDirectoryIsExitTwoWithAMessageAndNothingIsCreated() {
        // given
        Path mistyped = temp.resolve("no-such-data");

        // when
        HelpTest.Output output = HelpTest.Output.of("status", "--data-dir", mistyped.toString());

        // then
        assertThat(output.exit()).isEqualTo(2);
        assertThat(output.err()).contains("no data directory at " + mistyped.toAbsolutePath(), "Nothing was created");
        assertThat(mistyped).doesNotExist();
    }

    @Test
    void statusShowsSchedulesWithNextFiresTheLivingServeAndTheLastRunOfEachJobAlsoAsJson() throws Exception {
        // given
        Path data = temp.resolve("data");
        TestReturns.deliver(data, 2);
        assertThat(HelpTest.Output.of("run", "--data-dir", data.toString()).exit()).isZero();
        ServeProcess serve = ServeProcess.writeCurrent(new DataDirectory(data));
        List<Path> before = files(data);
        Instant asked = Instant.now();

        // when
        HelpTest.Output text = HelpTest.Output.of("status", "--data-dir", data.toString(), "--jobs-dir", "jobs");
        HelpTest.Output json = HelpTest.Output.of("status", "--data-dir", data.toString(), "--jobs-dir", "jobs",
                "--json");
        JsonNode report = JsonMapper.builder().build().readTree(json.out());

        // then
        assertThat(text.exit()).isZero();
        assertThat(text.out()).contains("running, pid " + serve.pid(), "inbox-poll", "nightly-rebuild",
                "due-reminder", "Last run of each job", "intake    COMPLETED").containsPattern("next \\d{4}-\\d\\d-\\d\\d "
                + "\\d\\d:\\d\\d:\\d\\d \\+08:00");
        assertThat(json.exit()).isZero();
        assertThat(report.get("serve").get("pid").asLong()).isEqualTo(serve.pid());
        assertThat(report.get("schedules")).hasSize(3);
        assertThat(report.get("schedules")).allSatisfy(s ->
                assertThat(Instant.parse(s.get("nextFire").asString())).isAfter(asked));
        assertThat(report.get("lastRuns").get("intake").get("status").asString()).isEqualTo("COMPLETED");
        assertThat(report.get("planZone").asString()).isEqualTo("Asia/Shanghai");
        assertThat(files(data)).as("status wrote nothing").isEqualTo(before);
    }

    @Test
    void aServePidFileOfADeadProcessIsNotTakenForAServer() throws Exception {
        // given
        Path data = temp.resolve("data");
        new DataDirectory(data).create();
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        Files.writeString(data.resolve(".planwatch/serve.pid"), gone.pid() + "\n" + Instant.now() + "\n");

        // when
        HelpTest.Output text = HelpTest.Output.of("status", "--data-dir", data.toString(), "--jobs-dir", "jobs");

        // then
        assertThat(text.exit()).isZero();
        assertThat(text.out()).contains("serve: not running");
    }

    private static List<Path> files(Path root) throws Exception {
        try (Stream<Path> all = Files.walk(root)) {
            return all.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
