package cn.jingan.planwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jingan.planwatch.datadir.DataDirectory;
import cn.jingan.planwatch.intake.TestReturns;
import cn.jingan.planwatch.runs.RunJournal;
import cn.jingan.planwatch.runs.RunSummary;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A command for every job of the README's job table: {@code run} runs intake, {@code rebuild} the rebuild and
 * {@code remind} the reminder; {@code prune} and the nightly rebuild keep the run history bounded.
 */
class JobCommandsTest {

    @TempDir
    Path temp;

    @Test
    void runRebuildAndRemindRunTheJobsOfTheReadmeJobTable() throws Exception {
        // given
        Path data = temp.resolve("data");
        TestReturns.deliver(data, 2);
        Set<String> readmeJobs = readmeJobTable();

        // when
        int run = HelpTest.Output.of("run", "--data-dir", data.toString()).exit();
        int rebuild = HelpTest.Output.of("rebuild", "--data-dir", data.toString()).exit();
        HelpTest.Output remind = HelpTest.Output.of("remind", "--data-dir", data.toString(), "--as-of", "2024-07-10");
        List<RunSummary> runs = new RunJournal(new DataDirectory(data)).latest(10);

        // then
        assertThat(List.of(run, rebuild, remind.exit())).containsOnly(0);
        assertThat(runs).extracting(RunSummary::job).containsExactly("reminder", "rebuild", "intake");
        assertThat(runs).allSatisfy(r -> assertThat(r.status()).isEqualTo("COMPLETED"));
        assertThat(runs.stream().map(RunSummary::job).collect(Collectors.toSet())).isEqualTo(readmeJobs);
        assertThat(remind.out()).contains("planwatch remind COMPLETED").containsPattern("[1-9]\\d* bureau\\(s\\) reminded");
        try (Stream<Path> files = Files.walk(data.resolve("outbox"))) {
            assertThat(files.map(p -> p.getFileName().toString())).contains("reminder_2024-07-10.txt");
        }
    }

    @Test
    void pruneDeletesTheRunsOlderThanTheKeptHistoryAndTheNightlyRebuildPrunesToo() throws Exception {
        // given
        Path data = temp.resolve("data");
        TestReturns.deliver(data, 1);
        HelpTest.Output.of("run", "--data-dir", data.toString());
        HelpTest.Output.of("run", "--data-dir", data.toString());
        HelpTest.Output.of("run", "--data-dir", data.toString());

        // when
        HelpTest.Output keepAll = HelpTest.Output.of("prune", "--data-dir", data.toString());
        HelpTest.Output keepNone = HelpTest.Output.of("prune", "--data-dir", data.toString(), "--keep", "0s");
        HelpTest.Output.of("run", "--data-dir", data.toString());
        String nightly = withHistory("0s", () -> HelpTest.Output.of("rebuild", "--data-dir", data.toString()).out());
        HelpTest.Output afterNightly = HelpTest.Output.of("prune", "--data-dir", data.toString(), "--keep", "0s");
        HelpTest.Output bad = HelpTest.Output.of("prune", "--data-dir", data.toString(), "--keep", "soon");

        // then
        assertThat(keepAll.exit()).isZero();
        assertThat(keepAll.out()).contains("planwatch prune: 0 old run(s) deleted");
        assertThat(keepNone.out()).contains("planwatch prune: 3 old run(s) deleted");
        assertThat(nightly).contains("planwatch rebuild COMPLETED");
        assertThat(afterNightly.out()).as("the nightly rebuild left only itself")
                .contains("planwatch prune: 1 old run(s) deleted");
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("--keep: 'soon' is not a duration");
    }

    private static String withHistory(String history, java.util.function.Supplier<String> work) {
        System.setProperty("planwatch.history", history);
        try {
            return work.get();
        } finally {
            System.clearProperty("planwatch.history");
        }
    }

    private static Set<String> readmeJobTable() throws Exception {
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        String table = readme.substring(readme.indexOf("| job | input |"));
        table = table.substring(0, table.indexOf("\n\n"));
        Matcher job = Pattern.compile("(?m)^\\| `([a-z]+)` \\|").matcher(table);
        Set<String> jobs = new java.util.TreeSet<>();
        while (job.find()) {
            jobs.add(job.group(1));
        }
        assertThat(jobs).isNotEmpty();
        return jobs;
    }
}
