package cn.jingan.planwatch.scheduling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scheduled jobs of {@code jobs/*.yaml}, and the README and runbook that describe them. */
class JobDefinitionsTest {

    private static final Path JOBS = Path.of("jobs");

    @TempDir
    Path temp;

    @Test
    void theShippedScheduleHasThePollTheNightlyRebuildAndTheReminder() {
        // when
        List<JobDefinition> definitions = JobDefinitions.load(JOBS);

        // then
        assertThat(definitions).extracting(JobDefinition::name, JobDefinition::job, JobDefinition::cron,
                        JobDefinition::misfire)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("due-reminder", "reminder", "0 0 9 ? * MON-FRI", Misfire.SKIP),
                        org.assertj.core.groups.Tuple.tuple("inbox-poll", "intake", "0 */5 * * * ?", Misfire.FIRE_ONCE_NOW),
                        org.assertj.core.groups.Tuple.tuple("nightly-rebuild", "rebuild", "0 30 2 * * ?",
                                Misfire.FIRE_ONCE_NOW));
        assertThat(definitions).allMatch(d -> d.timeZone().equals(ZoneId.of("Asia/Shanghai")));
        assertThat(definitions.get(0).parameters()).isEqualTo(Map.of("due-within-days", "7"));
    }

    @Test
    void theReadmeJobTableAndTheRunbookSayWhatTheDefinitionsSay() throws Exception {
        // given
        List<String> readme = Files.readAllLines(Path.of("README.md"));
        List<String> runbook = Files.readAllLines(Path.of("ops/RUNBOOK.md"));

        // when
        List<JobDefinition> definitions = JobDefinitions.load(JOBS);

        // then
        for (JobDefinition d : definitions) {
            assertThat(readme).as("README job table row of %s", d.job())
                    .anySatisfy(line -> assertThat(line).startsWith("| `" + d.job() + "` |")
                            .contains("`" + d.name() + ".yaml`", "`" + d.cron() + "`", "`" + d.misfire().code() + "`"));
            assertThat(runbook).as("runbook schedule row of %s", d.name())
                    .anySatisfy(line -> assertThat(line).startsWith("| `" + d.name() + "` | `" + d.job() + "` | `"
                            + d.cron() + "` | `" + d.misfire().code() + "` |"));
        }
    }

    @Test
    void refusesADefinitionWithAnUnknownKeyABadCronOrAnUnknownPolicy() throws Exception {
        // given
        Path typo = Files.writeString(temp.resolve("typo.yaml"), "name: a\njob: intake\ncorn: \"0 * * * * ?\"\n");
        Path badCron = Files.writeString(temp.resolve("cron.yaml"), "name: a\njob: intake\ncron: \"every day\"\n");
        Path badPolicy = Files.writeString(temp.resolve("policy.yaml"),
                "name: a\njob: intake\ncron: \"0 * * * * ?\"\nmisfire: later\n");

        // then
        assertThatThrownBy(() -> JobDefinitions.read(typo)).hasMessageContaining("unknown key 'corn'");
        assertThatThrownBy(() -> JobDefinitions.read(badCron)).hasMessageContaining("not a Quartz cron expression");
        assertThatThrownBy(() -> JobDefinitions.read(badPolicy)).hasMessageContaining("unknown misfire policy 'later'");
    }
}
