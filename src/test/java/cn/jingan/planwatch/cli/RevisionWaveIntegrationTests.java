package cn.jingan.planwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jingan.planwatch.catalog.Catalog;
import cn.jingan.planwatch.lake.Lake;
import cn.jingan.planwatch.report.MidtermCsv;
import cn.jingan.planwatch.warehouse.LakeFiles;
import cn.jingan.planwatch.warehouse.LineageRow;
import cn.jingan.planwatch.warehouse.MidtermRow;
import cn.jingan.planwatch.warehouse.RollupSettings;
import cn.jingan.planwatch.warehouse.WarehouseBuilder;
import cn.jingan.planwatch.warehouse.WarehouseReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/**
 * {@code sample-inputs} and then a wave of corrected returns ({@link RevisionWave}), run for real; the mid-term table
 * after the wave against {@code golden/midterm_2024-06-30_revised.csv}, worked out by hand, and before the wave
 * (by {@code known_at}) against the first golden set; the {@code report} and {@code explain} commands on it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RevisionWaveIntegrationTests {

    static final LocalDate MID_2024 = LocalDate.parse("2024-06-30");

    Path dataDir;

    @BeforeAll
    void runTheSamplesThenTheWave(@TempDir Path dir) throws IOException {
        dataDir = dir.resolve("data");
        run("run", "--copy-from", RunCommandIntegrationTests.SAMPLES.toString());
        run("run", "--copy-from", RevisionWave.writeTo(dir.resolve("revisions")).toString());
    }

    @Test
    void afterTheWaveTheTableEqualsTheRevisedFiguresWorkedOutByHand() throws IOException {
        // given: golden/README.md works each changed row out from spec section 3
        List<String> expected = golden("midterm_2024-06-30_revised.csv");

        // when
        List<String> actual = lines(MID_2024, Instant.now());

        // then
        assertThat(actual).containsExactlyElementsOf(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2023-06-30", "2024-06-30"})
    void knownBeforeTheWaveTheTableIsTheFirstGoldenSet(String asOf) throws IOException {
        // given
        List<String> expected = golden("midterm_" + asOf + ".csv");

        // when
        List<String> actual = lines(LocalDate.parse(asOf), Instant.parse(RevisionWave.BEFORE_THE_WAVE));

        // then
        assertThat(actual).containsExactlyElementsOf(expected);
    }

    @Test
    void knownBetweenTwoRevisionsOnlyTheFirstCounts() throws IOException {
        // given: finance's I07 correction came on 10 September, the others on the 12th
        List<String> before = golden("midterm_2024-06-30.csv");
        List<String> after = golden("midterm_2024-06-30_revised.csv");

        // when
        List<String> actual = lines(MID_2024, Instant.parse(RevisionWave.AFTER_THE_FIRST_REVISION));

        // then
        assertThat(actual).hasSameSizeAs(before);
        for (int i = 0; i < actual.size(); i++) {
            assertThat(actual.get(i)).isEqualTo(actual.get(i).startsWith("I07,") ? after.get(i) : before.get(i));
        }
    }

    @Test
    void reportPrintsTheTableAndTheSectionSummaryAndWritesACsvForExcel() throws IOException {
        // given
        Path csv = dataDir.resolve("briefing/中期评估.csv");

        // when
        String out = run("report", "--as-of", "2024-06-30", "--known-at", "2024-09-01", "--csv", csv.toString());

        // then: the printed table names, labels and summary, in Chinese
        assertThat(out).contains("评估日 as of 2024-06-30").contains("2024-09-01 23:59:59 +08:00")
                .contains("全球服务机构数").contains("快于预期 ahead").contains("超出区间 above_range")
                .contains("分篇章汇总").contains("城市更新与空间品质");
        byte[] bytes = Files.readAllBytes(csv);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        List<String> lines = new String(bytes, StandardCharsets.UTF_8).substring(1).lines().toList();
        assertThat(lines.get(0)).isEqualTo(String.join(",", MidtermCsv.COLUMNS));
        assertThat(lines).hasSize(39);
        // I20: elapsed 1277 / 1826, progress 65.25 / 94, year on year YTD 4.6 + 5.4 = 10 against 2023's 10 → 0
        assertThat(lines.get(20)).isEqualTo("I20,JA,2024-06-30,2024-06-30,0.699342826,4.2,5.4,65.25,94,,ge,"
                + "0.694148936,on_track,93.301879,false,,,既有公共建筑节能改造面积,S3,flow,万平方米,基本符合预期,0");
    }

    @Test
    void reportKeepsToOneSection() {
        // when
        String out = run("report", "--as-of", "2024-06-30", "--section", "s2");

        // then
        assertThat(out).contains("I09").contains("I14").doesNotContain("I01 ").doesNotContain("I20 ")
                .contains("科技创新").doesNotContain("城市更新与空间品质");
    }

    @Test
    void reportRefusesBadDatesAndSectionsWithExitTwo() {
        assertThat(exit("report", "--as-of", "2024-02-30")).isEqualTo(2);
        assertThat(exit("report", "--as-of", "30/06/2024")).isEqualTo(2);
        assertThat(exit("report", "--known-at", "yesterday")).isEqualTo(2);
        assertThat(exit("report", "--section", "S9")).isEqualTo(2);
    }

    @Test
    void reportReadsTheWarehouseWhileABiToolHoldsItOpen() throws Exception {
        // given: another process holds the warehouse read-only
        try (ChildProcesses.Reader bi = new ChildProcesses.Reader(dataDir.resolve("warehouse.duckdb"))) {
            assertThat(bi.ask("select count(*) from v_midterm_progress")).isEqualTo("38");

            // when
            String out = run("report", "--as-of", "2024-06-30");

            // then
            assertThat(out).contains("I24");
        }
    }

    @Test
    void explainListsTheObservationsBehindAFlowWithFileSheetAndCell() {
        // when: I20 after construction's correction of 2024-Q2 (本期值 5.40 in C6, 本年累计 10.20 in D6 of sheet 更正)
        List<LineageRow> rows;
        try (WarehouseReader reader = WarehouseReader.open(dataDir.resolve("warehouse.duckdb"))) {
            rows = reader.explain("I20", "JA", MID_2024, Instant.now());
        }
        String out = run("explain", "i20", "--as-of", "2024-06-30");

        // then: baseline reads 2020-Q4's 本期值; latest reads 2024-Q2's 本期值; cumulative the YTDs of 2021-Q4,
        // 2022-Q4, 2023-Q4 and 2024-Q2 (16 + 18.25 + 21 + 10.2 = 65.45)
        assertThat(rows).filteredOn(LineageRow::countsForBaseline).extracting(r -> r.periodCode() + " " + r.measure())
                .containsExactly("2020-Q4 period");
        assertThat(rows).filteredOn(LineageRow::countsForLatest).extracting(r -> r.periodCode() + " " + r.measure())
                .containsExactly("2024-Q2 period");
        assertThat(rows).filteredOn(LineageRow::countsForCumulative)
                .extracting(r -> r.periodCode() + " " + r.measure() + " " + r.value().stripTrailingZeros().toPlainString())
                .containsExactly("2021-Q4 ytd 16", "2022-Q4 ytd 18.25", "2023-Q4 ytd 21", "2024-Q2 ytd 10.2");
        LineageRow corrected = rows.stream().filter(r -> r.periodCode().equals("2024-Q2") && r.measure().equals("ytd"))
                .findFirst().orElseThrow();
        assertThat(corrected.sourceFile()).isEqualTo("construction_2024-Q2_更正.xlsx");
        assertThat(corrected.sourceSheet()).isEqualTo("更正");
        assertThat(corrected.sourceCell()).isEqualTo("D6");
        assertThat(out).contains("I20 既有公共建筑节能改造面积 · JA").contains("construction_2024-Q2_更正.xlsx")
                .contains("construction_2020-Q4.xlsx").contains("累计 65.45");
    }

    @Test
    void explainOfTheDistrictRowOfAPerAreaIndicatorListsEveryArea() {
        // when
        List<LineageRow> latest;
        try (WarehouseReader reader = WarehouseReader.open(dataDir.resolve("warehouse.duckdb"))) {
            latest = reader.explain("I23", "JA", MID_2024, Instant.now()).stream()
                    .filter(LineageRow::countsForLatest).toList();
        }

        // then: one 2023 value per street and town, the two corrected ones from health's correction
        assertThat(latest).hasSize(14).allMatch(r -> r.periodCode().equals("2023"));
        assertThat(latest).filteredOn(r -> r.sourceFile().equals("health_2023_更正.xlsx"))
                .extracting(LineageRow::areaCode).containsExactlyInAnyOrder("GHXL", "LFL");
    }

    @Test
    void explainRefusesAnUnknownIndicatorWithExitTwo() {
        assertThat(exit("explain", "I99")).isEqualTo(2);
    }

    /**
     * The property: the same accepted files, loaded in any order and in any batches, even one batch twice, give the
     * same current values and the same rollup at every evaluation date and knowledge time.
     */
    @ParameterizedTest
    @ValueSource(longs = {11, 23, 37})
    void theSameAcceptedFilesInAnyOrderGiveTheSameRollup(long seed, @TempDir Path dir) throws Exception {
        // given
        Path original = dataDir.resolve("warehouse.duckdb");
        LakeFiles shuffled = ShuffledLake.write(new Lake(dataDir.resolve("lake")).state(), seed, dir.resolve("lake"));
        Path rebuilt = dir.resolve("warehouse.duckdb");

        // when
        new WarehouseBuilder().build(shuffled, Catalog.load(), RollupSettings.DEFAULT, rebuilt);

        // then
        assertThat(shuffled.observationFiles()).hasSizeGreaterThan(3);
        String current = "select indicator_code, period_code, area_code, measure, value, source_file, received_at"
                + " from fact_observation order by all";
        assertThat(query(rebuilt, current)).isEqualTo(query(original, current)).hasSize(367);
        for (String asOf : List.of("2022-12-31", "2023-06-30", "2024-06-30")) {
            for (Instant knownAt : List.of(Instant.parse(RevisionWave.BEFORE_THE_WAVE),
                    Instant.parse(RevisionWave.AFTER_THE_FIRST_REVISION), Instant.parse("2030-01-01T00:00:00Z"))) {
                assertThat(midterm(rebuilt, LocalDate.parse(asOf), knownAt))
                        .as("as of %s, known at %s", asOf, knownAt)
                        .isEqualTo(midterm(original, LocalDate.parse(asOf), knownAt));
            }
        }
    }

    private static List<MidtermRow> midterm(Path warehouse, LocalDate asOf, Instant knownAt) {
        try (WarehouseReader reader = WarehouseReader.open(warehouse)) {
            return reader.midterm(asOf, knownAt);
        }
    }

    private static List<Map<String, Object>> query(Path warehouse, String sql) {
        try (WarehouseReader reader = WarehouseReader.open(warehouse)) {
            return reader.query(sql);
        }
    }

    private List<String> lines(LocalDate asOf, Instant knownAt) {
        try (WarehouseReader reader = WarehouseReader.open(dataDir.resolve("warehouse.duckdb"))) {
            List<MidtermRow> rows = reader.midterm(asOf, knownAt);
            return rows.stream().map(GoldenCsv::line).toList();
        }
    }

    private static List<String> golden(String name) throws IOException {
        List<String> lines = Files.readAllLines(Path.of("src/test/resources/golden/" + name));
        return lines.subList(1, lines.size()).stream().map(GoldenCsv::normalize).toList();
    }

    private String run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = execute(out, err, args);
        assertThat(exit).as(out + "\n" + err).isZero();
        return out.toString();
    }

    private int exit(String... args) {
        return execute(new StringWriter(), new StringWriter(), args);
    }

    private int execute(StringWriter out, StringWriter err, String... args) {
        CommandLine commandLine = new CommandLine(new PlanwatchCommand());
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        String[] withDataDir = new String[args.length + 2];
        System.arraycopy(args, 0, withDataDir, 0, args.length);
        withDataDir[args.length] = "--data-dir";
        withDataDir[args.length + 1] = dataDir.toString();
        return commandLine.execute(withDataDir);
    }
}
