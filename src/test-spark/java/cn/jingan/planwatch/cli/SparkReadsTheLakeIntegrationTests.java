package cn.jingan.planwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Apache Spark SQL (local mode, in this JVM) reads the lake that a real run of the sample returns wrote, through
 * the external tables and queries of {@code ops/spark/}, and computes the warehouse's facts row for row: current
 * values, every version, and the values known at a given time.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SparkReadsTheLakeIntegrationTests {

    private static final String EXAMPLE_LAKE = "/srv/planwatch/data/lake";

    Path data;
    SparkSession spark;

    @BeforeAll
    void runTheSamplesAndOpenTheLakeInSpark(@TempDir Path dir) throws IOException {
        data = dir.resolve("data");
        assertThat(new CommandLine(new PlanwatchCommand()).execute("run", "--copy-from", "sample-inputs",
                "--data-dir", data.toString())).isZero();
        spark = SparkSession.builder().master("local[2]").appName("planwatch-lake")
                .config("spark.ui.enabled", "false")
                .config("spark.driver.host", "127.0.0.1")
                .config("spark.sql.session.timeZone", "UTC")
                .config("spark.sql.datetime.java8API.enabled", "true")
                .config("spark.sql.warehouse.dir", dir.resolve("spark-warehouse").toString())
                .getOrCreate();
        String lake = data.resolve("lake").toAbsolutePath().toString();
        for (String statement : statements("lake-tables.sql")) {
            spark.sql(statement.replace(EXAMPLE_LAKE, lake));
        }
        statements("observation-history.sql").forEach(spark::sql);
    }

    @AfterAll
    void stopSpark() {
        if (spark != null) {
            spark.stop();
        }
    }

    @Test
    void currentValuesEqualFactObservationRowForRow() throws Exception {
        // when
        List<String> fromSpark = spark(statements("observation-current.sql").get(0), Map.of());

        // then
        assertThat(fromSpark).hasSizeGreaterThan(50)
                .containsExactlyElementsOf(duckDb("select * from fact_observation"));
    }

    @Test
    void everyVersionEqualsFactObservationHistoryRowForRow() throws Exception {
        // when
        List<String> fromSpark = spark("select * from planwatch_observation_history", Map.of());

        // then
        assertThat(fromSpark).containsExactlyElementsOf(duckDb("select * from fact_observation_history"));
        assertThat(fromSpark.size()).as("revisions: more versions than current values")
                .isGreaterThan(duckDb("select * from fact_observation").size());
    }

    @Test
    void valuesKnownBeforeTheFirstRevisionEqualTheWarehousesRowForRow() throws Exception {
        // given the moment before the first value was revised
        Instant knownAt = ((OffsetDateTime) first("select min(valid_to) from fact_observation_history"))
                .toInstant().minusMillis(1);

        // when
        List<String> fromSpark = spark(statements("observation-known.sql").get(0), Map.of("known_at", knownAt));

        // then
        List<String> fromDuckDb = duckDb("select * from int_observation_known(?)", OffsetDateTime.ofInstant(knownAt,
                ZoneOffset.UTC));
        assertThat(fromSpark).isNotEmpty().containsExactlyElementsOf(fromDuckDb);
        assertThat(fromSpark).doesNotContainAnyElementsOf(duckDb("select * from fact_observation_history"
                + " where valid_from > ?", OffsetDateTime.ofInstant(knownAt, ZoneOffset.UTC)));
    }

    private List<String> spark(String sql, Map<String, Object> parameters) {
        List<String> rows = new ArrayList<>();
        for (Row row : spark.sql(sql, parameters).collectAsList()) {
            List<Object> values = new ArrayList<>();
            for (int i = 0; i < row.length(); i++) {
                values.add(row.get(i));
            }
            rows.add(joined(values));
        }
        rows.sort(null);
        return rows;
    }

    private List<String> duckDb(String sql, Object... parameters) throws SQLException {
        try (Connection connection = warehouse(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            List<String> rows = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    List<Object> values = new ArrayList<>();
                    for (int c = 1; c <= rs.getMetaData().getColumnCount(); c++) {
                        values.add(rs.getObject(c));
                    }
                    rows.add(joined(values));
                }
            }
            rows.sort(null);
            return rows;
        }
    }

    private Object first(String sql) throws SQLException {
        try (Connection connection = warehouse(); PreparedStatement statement = connection.prepareStatement(sql);
             ResultSet rs = statement.executeQuery()) {
            rs.next();
            return rs.getObject(1);
        }
    }

    private Connection warehouse() throws SQLException {
        Properties readOnly = new Properties();
        readOnly.setProperty("duckdb.read_only", "true");
        return DriverManager.getConnection("jdbc:duckdb:" + data.resolve("warehouse.duckdb"), readOnly);
    }

    /** One row as text that both engines' values render alike: decimals in full, times as UTC instants. */
    private static String joined(List<Object> values) {
        return values.stream().map(SparkReadsTheLakeIntegrationTests::text).collect(Collectors.joining("|"));
    }

    private static String text(Object value) {
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (value instanceof OffsetDateTime time) {
            return time.toInstant().toString();
        }
        return String.valueOf(value);
    }

    /** The statements of a file of {@code ops/spark/}, without comments and semicolons. */
    private static List<String> statements(String file) throws IOException {
        String text = Files.readAllLines(Path.of("ops", "spark", file)).stream()
                .filter(line -> !line.strip().startsWith("--")).collect(Collectors.joining("\n"));
        return Arrays.stream(text.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
