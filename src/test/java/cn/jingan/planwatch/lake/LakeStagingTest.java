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

/** A batch's files wait under {@code _staging/} until its commit; recovery finishes or discards them. */
class LakeStagingTest {

    @TempDir
    Path dir;

    @Test
    void stagedFilesOfABatchNeverCommittedAreOutsideTheTablesAndRecoveryDeletesThem() throws IOException {
        // given a committed batch, and the staged files of one whose commit a crash prevented
        Lake lake = new Lake(dir);
        lake.append(List.of(observation("I01", "2023-Q4", "92")), List.of(), Map.of());
        Path staged = dir.resolve("_staging/20990101T000000000Z-deadbeef/observations/year=2024/part-x.parquet");
        Files.createDirectories(staged.getParent());
        Files.copy(lake.state().observationFiles().get(0), staged);
        String version = lake.state().version();

        // when
        lake.recover();

        // then
        assertThat(dir.resolve("_staging/20990101T000000000Z-deadbeef")).doesNotExist();
        assertThat(parquetUnder(dir.resolve("observations"))).hasSize(1);
        assertThat(lake.state().version()).isEqualTo(version);
    }

    @Test
    void filesOfACommittedBatchStillStagedArePlacedByRecovery() throws IOException {
        // given a batch committed whose files a crash left staged (as at the failpoint lake-commit-written)
        Lake lake = new Lake(dir);
        String batch = lake.append(List.of(observation("I01", "2023-Q4", "92"), observation("I01", "2024-Q1", "93")),
                List.of(submission("ab12", "2024-Q1")), Map.of("ab12", "inbox/commerce/q1.xlsx"));
        List<Path> live = Stream.concat(lake.state().observationFiles().stream(),
                lake.state().submissionFiles().stream()).toList();
        for (Path file : live) {
            Path staged = dir.resolve(Lake.STAGING).resolve(batch).resolve(dir.relativize(file));
            Files.createDirectories(staged.getParent());
            Files.move(file, staged);
        }
        assertThat(parquetUnder(dir.resolve("observations"))).isEmpty();

        // when
        lake.recover();

        // then
        assertThat(live).allMatch(Files::isRegularFile);
        assertThat(dir.resolve(Lake.STAGING).resolve(batch)).doesNotExist();
        assertThat(Lake.read(LakeTable.OBSERVATIONS, lake.state().observationFiles().get(1)))
                .extracting(o -> o.periodCode()).containsExactly("2024-Q1");
    }

    @Test
    void appendingLeavesNothingStaged() throws IOException {
        // when
        new Lake(dir).append(List.of(observation("I01", "2023-Q4", "92")), List.of(submission("ab", "2023-Q4")),
                Map.of());

        // then
        assertThat(parquetUnder(dir.resolve(Lake.STAGING))).isEmpty();
        assertThat(parquetUnder(dir.resolve("observations"))).hasSize(1);
        assertThat(parquetUnder(dir.resolve("submissions"))).hasSize(1);
    }

    static List<Path> parquetUnder(Path folder) {
        return Lake.parquetFilesUnder(folder);
    }
}
