package cn.jingan.planwatch.lake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jingan.planwatch.observation.Observation;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LakeTest {

    static final Instant RECEIVED = Instant.parse("2024-07-10T02:00:00Z");
    static final Instant LOADED = Instant.parse("2024-07-11T03:04:05.123456Z");

    @TempDir
    Path dir;

    static Observation observation(String indicator, String period, String value) {
        return new Observation(indicator, period, "JA", Observation.PERIOD, new BigDecimal(value), "家", "commerce",
                "q2.xlsx", "ab12", "Sheet1", "D7", RECEIVED, LOADED);
    }

    static Submission submission(String sha, String period) {
        return new Submission(sha, "commerce", "q2.xlsx", period, 2, RECEIVED, LOADED);
    }

    @Test
    void writesHivePartitionedParquetThatDuckDbReadsExactly() throws Exception {
        // given
        Lake lake = new Lake(dir);
        List<Observation> rows = List.of(observation("I01", "2023-Q4", "92"), observation("I02", "2024-Q2", "-1.5"),
                observation("I03", "2024-M06", "123456789012.123456"));

        // when
        lake.append(rows, List.of(submission("ab12", "2024-Q2")), Map.of("ab12", "inbox/commerce/q2.xlsx"));

        // then
        LakeState state = lake.state();
        assertThat(state.observationFiles()).extracting(p -> dir.relativize(p).getParent().toString())
                .containsExactly("observations/year=2023", "observations/year=2024");
        assertThat(state.sourcesBySha()).containsEntry("ab12", "inbox/commerce/q2.xlsx");
        List<String> read = query("select indicator_code || '|' || period_code || '|' || value::varchar || '|' || year"
                + " || '|' || source_cell || '|' || strftime(received_at at time zone 'UTC', '%Y-%m-%d %H:%M:%S')"
                + " || '|' || epoch_us(loaded_at) from read_parquet('" + dir + "/observations/*/*.parquet',"
                + " hive_partitioning = true) order by indicator_code");
        assertThat(read).containsExactly(
                "I01|2023-Q4|92.000000|2023|D7|2024-07-10 02:00:00|" + epochMicros(LOADED),
                "I02|2024-Q2|-1.500000|2024|D7|2024-07-10 02:00:00|" + epochMicros(LOADED),
                "I03|2024-M06|123456789012.123456|2024|D7|2024-07-10 02:00:00|" + epochMicros(LOADED));
    }

    @Test
    void filesOfABatchWithoutCommitAreNotLiveAndRecoveryRemovesThem() throws Exception {
        // given a committed batch, an orphan file a crash left before its commit, and one left half written
        Lake lake = new Lake(dir);
        lake.append(List.of(observation("I01", "2023-Q4", "92")), List.of(), Map.of());
        Path orphan = dir.resolve("observations/year=2023/part-orphan.parquet");
        Files.copy(lake.state().observationFiles().get(0), orphan);
        Path halfWritten = dir.resolve("observations/year=2023/.part-crashed.parquet.tmp");
        Files.writeString(halfWritten, "PAR1");
        String version = lake.state().version();

        // when
        lake.recover();

        // then
        assertThat(orphan).doesNotExist();
        assertThat(halfWritten).doesNotExist();
        assertThat(lake.state().observationFiles()).hasSize(1);
        assertThat(lake.state().version()).isEqualTo(version);
    }

    @Test
    void versionChangesWithEveryCommit() {
        Lake lake = new Lake(dir);
        String empty = lake.state().version();
        lake.append(List.of(observation("I01", "2023-Q4", "92")), List.of(), Map.of());
        assertThat(lake.state().version()).isNotEqualTo(empty);
    }

    @Test
    void namesADamagedCommitWithItsFileAndTheFix() throws Exception {
        // given a lake whose only commit was cut short
        Lake lake = new Lake(dir);
        lake.append(List.of(observation("I01", "2023-Q4", "92")), List.of(submission("ab12", "2023-Q4")),
                Map.of("ab12", "inbox/commerce/q4.xlsx"));
        Path commit;
        try (Stream<Path> commits = Files.list(dir.resolve(CommitLog.DIRECTORY))) {
            commit = commits.filter(p -> p.toString().endsWith(".json") && !p.getFileName().toString().startsWith("_")).findFirst().orElseThrow();
        }
        byte[] whole = Files.readAllBytes(commit);
        Files.write(commit, Arrays.copyOf(whole, whole.length / 2));

        // when / then
        assertThatThrownBy(lake::state).isInstanceOf(DamagedLakeException.class)
                .hasMessageContaining(commit.toString()).hasMessageContaining("ops/RUNBOOK.md");
    }

    private static long epochMicros(Instant instant) {
        return instant.getEpochSecond() * 1_000_000 + instant.getNano() / 1000;
    }

    private static List<String> query(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            List<String> out = new ArrayList<>();
            while (rs.next()) {
                out.add(rs.getString(1));
            }
            return out;
        }
    }

    @Test
    void compactionMergesAPartitionsFilesIntoOneWithTheSameRows() throws Exception {
        // given five runs into the 2024 partition
        Lake lake = new Lake(dir);
        for (int q = 1; q <= 4; q++) {
            lake.append(List.of(observation("I01", "2024-Q" + q, Integer.toString(90 + q))),
                    List.of(submission("sha" + q, "2024-Q" + q)), Map.of("sha" + q, "inbox/commerce/q" + q));
        }
        lake.append(List.of(observation("I01", "2023-Q4", "89")), List.of(), Map.of());
        List<Path> before = lake.state().observationFiles();
        String rowsBefore = String.join("\n", query("select * exclude (batch_id) from read_parquet("
                + files(before) + ") order by all"));

        // when
        int merged = lake.compact(2);

        // then: 2024 observations and submissions merged, 2023 (one file) left alone
        LakeState after = lake.state();
        assertThat(merged).isEqualTo(2);
        assertThat(after.observationFiles()).hasSize(2);
        assertThat(after.submissionFiles()).hasSize(1);
        assertThat(before).filteredOn(p -> p.toString().contains("year=2024")).allMatch(p -> !Files.exists(p));
        assertThat(String.join("\n", query("select * exclude (batch_id) from read_parquet(" + files(after.observationFiles())
                + ") order by all"))).isEqualTo(rowsBefore);
        assertThat(after.sourcesBySha()).hasSize(4);
        assertThat(Lake.parquetFilesUnder(dir.resolve("observations"))).hasSize(2);
    }

    @Test
    void readsBackExactlyWhatItWrote() {
        Lake lake = new Lake(dir);
        Observation written = observation("I03", "2024-M06", "-0.000001");
        lake.append(List.of(written), List.of(submission("ab12", null)), Map.of());
        assertThat(Lake.read(LakeTable.OBSERVATIONS, lake.state().observationFiles().get(0)))
                .containsExactly(written.loadedAt(LOADED));
        assertThat(Lake.read(LakeTable.SUBMISSIONS, lake.state().submissionFiles().get(0)))
                .containsExactly(submission("ab12", null));
    }

    private static String files(List<Path> files) {
        return files.stream().map(p -> "'" + p + "'").collect(java.util.stream.Collectors.joining(", ", "[", "]"));
    }
}
