package cn.jingan.planwatch.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jingan.planwatch.lake.Lake;
import cn.jingan.planwatch.lake.Submission;
import cn.jingan.planwatch.observation.Observation;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code schemas/lake/*.schema} is the one source of the lake's columns: the records the code writes, the
 * Parquet files the lake writes and the tables the warehouse reads them into all agree with it, column by column.
 */
class LakeSchemaContractTest {

    private static final Pattern FIELD = Pattern.compile(
            "^\\s*(required|optional) (\\w+)(?:\\(\\d+\\))? (\\w+)(?: \\(([^)]*\\)?)\\))?;");
    private static final Instant AT = Instant.parse("2024-07-10T02:00:00Z");

    @TempDir
    Path temp;

    @Test
    void theWarehouseDeclaresTheLakeTablesAsTheSchemasDo() throws Exception {
        assertThat(declared(LakeSource.OBSERVATIONS, "lake_observation")).isEqualTo(schema("observations"));
        assertThat(declared(LakeSource.SUBMISSIONS, "lake_submission")).isEqualTo(schema("submissions"));
    }

    @Test
    void theLakeWritesParquetFilesWithTheSchemasColumns() throws Exception {
        // given
        Lake lake = new Lake(temp);
        Observation observation = new Observation("I01", "2024-Q2", "JA", Observation.PERIOD, new BigDecimal("1.5"),
                "家", "commerce", "q2.xlsx", "ab12", "报表", "D7", AT, AT);
        Submission submission = new Submission("ab12", "commerce", "q2.xlsx", "2024-Q2", 1, AT, AT);

        // when
        lake.append(List.of(observation), List.of(submission), Map.of("ab12", "inbox/commerce/q2.xlsx"));

        // then
        assertThat(written(lake.state().observationFiles().get(0))).isEqualTo(typed(schema("observations")));
        assertThat(written(lake.state().submissionFiles().get(0))).isEqualTo(typed(schema("submissions")));
    }

    @Test
    void theRecordsTheCodeWritesHaveTheSchemasFieldsButTheBatch() throws Exception {
        assertThat(components(Observation.class)).isEqualTo(withoutBatch(names(schema("observations"))));
        assertThat(components(Submission.class)).isEqualTo(withoutBatch(names(schema("submissions"))));
    }

    /** Each field of a {@code .schema} file as {@code name type [not null]}, in DuckDB's words. */
    private static List<String> schema(String table) throws IOException {
        List<String> columns = new ArrayList<>();
        try (InputStream in = LakeSchemaContractTest.class.getClassLoader()
                .getResourceAsStream("schemas/lake/" + table + ".schema")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                Matcher field = FIELD.matcher(line);
                if (field.find()) {
                    columns.add(field.group(3) + " " + duckDbType(field.group(2), field.group(4))
                            + (field.group(1).equals("required") ? " not null" : ""));
                }
            }
        }
        return columns;
    }

    private static String duckDbType(String physical, String logical) {
        if (logical == null) {
            return physical.equals("int32") ? "INTEGER" : "BIGINT";
        }
        if (logical.equals("STRING")) {
            return "VARCHAR";
        }
        if (logical.startsWith("DECIMAL")) {
            return logical;
        }
        if (logical.equals("TIMESTAMP(MICROS,true)")) {
            return "TIMESTAMP WITH TIME ZONE";
        }
        throw new IllegalArgumentException("no DuckDB type known for " + physical + " (" + logical + ")");
    }

    private static List<String> declared(String script, String table) throws SQLException {
        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:"); Statement s = duck.createStatement()) {
            for (String sql : WarehouseSql.statements(script)) {
                s.execute(sql);
            }
            return rows(s, "select column_name || ' ' || data_type || if(is_nullable = 'NO', ' not null', '')"
                    + " from information_schema.columns where table_name = '" + table + "' order by ordinal_position");
        }
    }

    private static List<String> written(Path parquetFile) throws SQLException {
        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:"); Statement s = duck.createStatement()) {
            return rows(s, "select column_name || ' ' || column_type from (describe select * from read_parquet('"
                    + parquetFile + "', hive_partitioning = false))");
        }
    }

    private static List<String> rows(Statement statement, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (ResultSet rs = statement.executeQuery(sql)) {
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
        }
        return rows;
    }

    private static List<String> names(List<String> columns) {
        return columns.stream().map(c -> c.substring(0, c.indexOf(' '))).toList();
    }

    private static List<String> typed(List<String> columns) {
        return columns.stream().map(c -> c.replace(" not null", "")).toList();
    }

    private static List<String> withoutBatch(List<String> names) {
        return names.stream().filter(n -> !n.equals("batch_id")).toList();
    }

    private static List<String> components(Class<? extends Record> type) {
        return Arrays.stream(type.getRecordComponents())
                .map(c -> c.getName().replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase()).toList();
    }
}
