package cn.jingan.planwatch.lake;

import static cn.jingan.planwatch.lake.LakeTest.observation;
import static cn.jingan.planwatch.lake.LakeTest.submission;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commit log checkpointed every few commits describes the same lake as the whole log would. */
class CommitLogCheckpointTest {

    @TempDir
    Path dir;

    @Test
    void aCheckpointEveryThreeCommitsKeepsTheFolderSmallAndTheStateWhole() throws IOException {
        // given seven batches, then a compaction, in a lake that checkpoints every three commits
        Lake lake = new Lake(dir, 3);
        for (int q = 1; q <= 7; q++) {
            lake.append(List.of(observation("I01", "2024-M0" + q, Integer.toString(90 + q))),
                    List.of(submission("sha" + q, "2024-M0" + q)), Map.of("sha" + q, "inbox/commerce/m" + q));
        }
        lake.compact(2);

        // when
        LakeState state = lake.state();

        // then: the nine commits are read from the checkpoint and fewer than three commits after it
        assertThat(pendingCommits()).hasSizeLessThan(3);
        assertThat(dir.resolve("_commits/_checkpoint.json")).isRegularFile();
        assertThat(Files.list(dir.resolve("_commits/_archive")).count() + pendingCommits().size()).isEqualTo(9);
        assertThat(state.observationFiles()).hasSize(1).allMatch(Files::isRegularFile);
        assertThat(state.submissionFiles()).hasSize(1);
        assertThat(state.sourcesBySha()).hasSize(7).containsEntry("sha7", "inbox/commerce/m7");
        assertThat(Lake.read(LakeTable.OBSERVATIONS, state.observationFiles().get(0))).hasSize(7);
    }

    @Test
    void recoveryAfterACheckpointDeletesOnlyWhatNoCommitNames() throws IOException {
        // given a checkpointed lake and an orphan file
        Lake lake = new Lake(dir, 2);
        for (int q = 1; q <= 5; q++) {
            lake.append(List.of(observation("I01", "2024-Q" + (q % 4 + 1), "9" + q)), List.of(), Map.of());
        }
        Path orphan = dir.resolve("observations/year=2024/part-orphan.parquet");
        Files.copy(lake.state().observationFiles().get(0), orphan);
        String version = lake.state().version();

        // when
        lake.recover();

        // then
        assertThat(orphan).doesNotExist();
        assertThat(lake.state().version()).isEqualTo(version);
        assertThat(lake.state().observationFiles()).hasSize(5).allMatch(Files::isRegularFile);
    }

    @Test
    void commitsTheCheckpointAlreadyHoldsReadAgainChangeNothing() throws IOException {
        // given a crash between writing the checkpoint and archiving its commits: they are back in the folder
        Lake lake = new Lake(dir, 3);
        for (int q = 1; q <= 6; q++) {
            lake.append(List.of(observation("I01", "2024-Q" + (q % 4 + 1), "9" + q)), List.of(), Map.of());
        }
        lake.compact(2);
        String version = lake.state().version();
        try (Stream<Path> archived = Files.list(dir.resolve("_commits/_archive"))) {
            for (Path commit : archived.toList()) {
                Files.copy(commit, dir.resolve("_commits").resolve(commit.getFileName()));
            }
        }

        // when
        LakeState state = lake.state();

        // then
        assertThat(state.version()).isEqualTo(version);
        assertThat(state.observationFiles()).hasSize(1);
    }

    private List<Path> pendingCommits() throws IOException {
        try (Stream<Path> list = Files.list(dir.resolve("_commits"))) {
            return list.filter(p -> !p.getFileName().toString().startsWith("_")).toList();
        }
    }
}
