package cn.jingan.planwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jingan.planwatch.intake.Fingerprint;
import cn.jingan.planwatch.warehouse.MidtermRow;
import cn.jingan.planwatch.warehouse.WarehouseReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/**
 * The README's first command, for real: {@code run --copy-from sample-inputs} over the project's own .xlsx and
 * .xls returns, into a real lake and a real DuckDB file, read afterwards by a separate process.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RunCommandIntegrationTests {

    static final Path SAMPLES = Path.of("sample-inputs");

    Path dataDir;

    Map<String, String> samplesBefore;
    String firstReport;

    @BeforeAll
    void runOnTheSampleReturns(@TempDir Path dir) throws IOException {
        dataDir = dir;
        samplesBefore = fingerprints(SAMPLES);
        firstReport = run();
    }

    @Test
    void answersEverySampleFileAndSortsItWhole() throws IOException {
        // given the sample set's convention: bad-* files are rejected, one file is a byte-for-byte duplicate
        List<Path> returns = sampleReturns();
        long bad = returns.stream().filter(p -> p.getFileName().toString().startsWith("bad-")).count();

        // then
        assertThat(firstReport).contains("accepted " + (returns.size() - bad - 1) + ", rejected " + bad
                + ", duplicate 1, ignored 0, waiting 0");
        assertThat(filesUnder(dataDir.resolve("quarantine"))).hasSize((int) bad)
                .allMatch(p -> p.getFileName().toString().startsWith("bad-"));
        assertThat(filesUnder(dataDir.resolve("archive"))).hasSize((int) (returns.size() - bad));
        assertThat(filesUnder(dataDir.resolve("inbox"))).isEmpty();
        List<Path> outbox = filesUnder(dataDir.resolve("outbox"));
        assertThat(outbox).filteredOn(p -> p.getFileName().toString().matches(".*\\.receipt\\.(xlsx|json)"))
                .hasSize(2 * returns.size());
        assertThat(outbox).filteredOn(p -> p.getFileName().toString().endsWith(".receipt.marked.xlsx"))
                .hasSize((int) bad).allMatch(p -> p.getFileName().toString().startsWith("bad-"));
        assertThat(outbox).hasSize(2 * returns.size() + (int) bad);
    }

    @Test
    void keepsEachFilesDeliveryTimeAsItsModificationTime() throws IOException {
        Map<String, Instant> received = new TreeMap<>();
        for (String line : Files.readAllLines(SAMPLES.resolve("received.tsv")).subList(1, 3)) {
            received.put(line.split("\t")[0], Instant.parse(line.split("\t")[1]));
        }
        for (Map.Entry<String, Instant> entry : received.entrySet()) {
            Path moved = Files.exists(dataDir.resolve("archive").resolve(entry.getKey()))
                    ? dataDir.resolve("archive").resolve(entry.getKey())
                    : dataDir.resolve("quarantine").resolve(entry.getKey());
            assertThat(Files.getLastModifiedTime(moved).toInstant()).isEqualTo(entry.getValue());
        }
    }

    @Test
    void leavesSampleInputsUntouched() throws IOException {
        assertThat(fingerprints(SAMPLES)).isEqualTo(samplesBefore);
    }

    @Test
    void printsTheMidtermTableForABriefing() {
        assertThat(firstReport).contains("中期评估").contains("I01").contains("全球服务机构数").contains("I24");
    }

    @Test
    void aSeparateProcessReadsTheWarehouseReadOnly() throws Exception {
        try (ChildProcesses.Reader reader = new ChildProcesses.Reader(dataDir.resolve("warehouse.duckdb"))) {
            assertThat(reader.ask("select count(*) from v_midterm_progress")).isEqualTo("38");
            assertThat(reader.ask("select count(distinct indicator_code) from v_midterm_progress")).isEqualTo("24");
        }
    }

    /**
     * The golden figures: {@code src/test/resources/golden/*.csv} were worked out by hand from spec section 3 and
     * the sample data, independently of the SQL under test; {@code golden/README.md} shows how, step by step.
     * Numbers compare rounded to 6 places, as written there.
     */
    @ParameterizedTest
    @ValueSource(strings = {"2023-06-30", "2024-06-30"})
    void theMidtermTableEqualsTheFiguresWorkedOutByHand(String asOf) throws IOException {
        // given
        List<String> expected = Files.readAllLines(Path.of("src/test/resources/golden/midterm_" + asOf + ".csv"));

        // when
        List<String> actual;
        try (WarehouseReader reader = WarehouseReader.open(dataDir.resolve("warehouse.duckdb"))) {
            actual = reader.midterm(LocalDate.parse(asOf), Instant.now()).stream().map(GoldenCsv::line).toList();
        }

        // then
        assertThat(actual).containsExactlyElementsOf(expected.subList(1, expected.size()).stream()
                .map(GoldenCsv::normalize).toList());
    }

    /**
     * sample-inputs/README.md: housing_2023-Q4_revised.xlsx (received 2024-03-20T02:15:00Z) corrects I16 for
     * 2023-Q4 from 20.40 to 23.60 and carries nothing else.
     */
    @Test
    void aRevisionSupersedesTheValueAndHistoryKeepsBothVersions() {
        try (WarehouseReader reader = WarehouseReader.open(dataDir.resolve("warehouse.duckdb"))) {
            // current value: the correction
            assertThat(reader.query("select value, source_file from fact_observation where indicator_code = 'I16'"
                    + " and period_code = '2023-Q4' and area_code = 'JA' and measure = 'period'"))
                    .containsExactly(Map.of("value", new java.math.BigDecimal("23.600000"),
                            "source_file", "housing_2023-Q4_revised.xlsx"));
            // history: both, the first closed when the correction arrived
            assertThat(reader.query("select value::varchar || ' ' || " + utc("valid_from") + " || ' ' ||"
                    + " coalesce(" + utc("valid_to") + ", 'current') as v from fact_observation_history"
                    + " where indicator_code = 'I16' and period_code = '2023-Q4' order by valid_from")
                    .stream().map(row -> row.get("v").toString()).toList())
                    .containsExactly("20.400000 2024-01-05T06:22:00Z 2024-03-20T02:15:00Z",
                            "23.600000 2024-03-20T02:15:00Z current");
            // I17 of 2023-Q4 came only in the first file and is untouched by the correction
            assertThat(reader.query("select count(*) as n from fact_observation_history where indicator_code = 'I17'"
                    + " and period_code = '2023-Q4'")).containsExactly(Map.of("n", 1L));

            // known_at just before the correction reproduces the figures as they were: cumulative 3.2 lower
            MidtermRow before = i16(reader, Instant.parse("2024-03-20T02:14:59Z"));
            MidtermRow after = i16(reader, Instant.parse("2024-03-20T02:15:00Z"));
            assertThat(after.cumulative().subtract(before.cumulative())).isEqualByComparingTo("3.2");
        }
    }

    private static String utc(String column) {
        return "strftime(timezone('UTC', " + column + "), '%Y-%m-%dT%H:%M:%SZ')";
    }

    private static MidtermRow i16(WarehouseReader reader, Instant knownAt) {
        return reader.midterm(LocalDate.parse("2024-06-30"), knownAt).stream()
                .filter(r -> r.indicatorCode().equals("I16")).findFirst().orElseThrow();
    }

    @Test
    void aLostWarehouseIsRebuiltFromTheLakeAloneWithTheSameAnswers() throws IOException {
        // given
        Path warehouse = dataDir.resolve("warehouse.duckdb");
        List<String> queries = List.of("select * from fact_observation order by all",
                "select * from fact_observation_history order by all", "select * from fact_submission order by all",
                "select * from midterm_progress(date '2024-06-30', timestamptz '2026-01-01 00:00:00+00') order by all",
                "select * from submission_status(date '2024-06-30') order by all");
        List<String> before = answers(queries);

        // when
        Files.delete(warehouse);
        int exit = new CommandLine(new PlanwatchCommand()).execute("rebuild", "--data-dir", dataDir.toString());

        // then
        assertThat(exit).isZero();
        assertThat(answers(queries)).isEqualTo(before);
    }

    private List<String> answers(List<String> queries) {
        try (WarehouseReader reader = WarehouseReader.open(dataDir.resolve("warehouse.duckdb"))) {
            return queries.stream().map(q -> reader.query(q).toString()).toList();
        }
    }

    @Test
    void aSecondRunWithNothingNewChangesNothing() throws IOException {
        // given
        Path warehouse = dataDir.resolve("warehouse.duckdb");
        String warehouseBefore = Fingerprint.sha256(warehouse);
        List<MidtermRow> rollupBefore = midterm();
        Map<String, String> lakeBefore = fingerprints(dataDir.resolve("lake"));

        // when
        String second = run();

        // then
        assertThat(second).contains("accepted 0, rejected 0, duplicate 0, ignored 0, waiting 0.  Rows loaded: 0");
        assertThat(Fingerprint.sha256(warehouse)).isEqualTo(warehouseBefore);
        assertThat(fingerprints(dataDir.resolve("lake"))).isEqualTo(lakeBefore);
        assertThat(midterm()).isEqualTo(rollupBefore);
    }

    @Test
    void theOpsQueryOverThePlainLakeGivesTheWarehousesCurrentValues() throws Exception {
        // when an outside engine runs ops/lake-current-values.sql over the lake's files
        List<String> fromTheLake = OpsLakeQuery.rows("lake-current-values.sql", dataDir);

        // then it reads the rows of fact_observation, every column
        List<String> fromTheWarehouse;
        try (Connection connection = DriverManager.getConnection(
                "jdbc:duckdb:" + dataDir.resolve("warehouse.duckdb"), readOnly());
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("select * from fact_observation")) {
            fromTheWarehouse = OpsLakeQuery.joined(rs);
        }
        assertThat(fromTheLake).hasSizeGreaterThan(50).containsExactlyElementsOf(fromTheWarehouse);
    }

    private static Properties readOnly() {
        Properties properties = new Properties();
        properties.setProperty("duckdb.read_only", "true");
        return properties;
    }

    private String run() {
        StringWriter out = new StringWriter();
        CommandLine commandLine = new CommandLine(new PlanwatchCommand());
        commandLine.setOut(new PrintWriter(out));
        int exit = commandLine.execute("run", "--copy-from", SAMPLES.toString(), "--data-dir", dataDir.toString());
        assertThat(exit).as(out.toString()).isZero();
        return out.toString();
    }

    private List<MidtermRow> midterm() {
        try (WarehouseReader reader = WarehouseReader.open(dataDir.resolve("warehouse.duckdb"))) {
            return reader.midterm(LocalDate.parse("2024-06-30"), Instant.parse("2026-01-01T00:00:00Z"));
        }
    }

    static List<Path> sampleReturns() throws IOException {
        return filesUnder(SAMPLES).stream().filter(p -> !p.getParent().equals(SAMPLES)).toList();
    }

    static List<Path> filesUnder(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        }
    }

    static Map<String, String> fingerprints(Path dir) throws IOException {
        Map<String, String> sums = new TreeMap<>();
        for (Path file : filesUnder(dir)) {
            sums.put(dir.relativize(file) + " " + Files.getLastModifiedTime(file), Fingerprint.sha256(file));
        }
        return sums;
    }
}
