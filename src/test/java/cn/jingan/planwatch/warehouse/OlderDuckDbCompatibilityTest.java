package cn.jingan.planwatch.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** BI drivers ship DuckDB 1.4: the warehouse must open there, views and macros included. */
class OlderDuckDbCompatibilityTest {

    private static final Path DUCKDB_1_4 = Path.of("target", "duckdb-compat", "duckdb_jdbc-1.4.jar");

    @TempDir
    Path dir;

    @Test
    void theBuiltFileOpensReadOnlyInDuckDb14AndAnswersTheMidtermView() throws Exception {
        // given
        LakeFixture lake = new LakeFixture(dir.resolve("lake"));
        lake.file("scitech", "2020年报.xlsx", "2021-02-01T02:00:00Z").value("I09", "2020", "500");
        lake.file("scitech", "2022年报.xlsx", "2023-02-01T02:00:00Z").value("I09", "2022", "710");
        Path warehouse = Warehouses.build(lake, dir);

        // when
        try (URLClassLoader older = new URLClassLoader(new URL[] {DUCKDB_1_4.toUri().toURL()},
                ClassLoader.getPlatformClassLoader())) {
            Driver driver = (Driver) older.loadClass("org.duckdb.DuckDBDriver").getDeclaredConstructor().newInstance();
            Properties readOnly = new Properties();
            readOnly.setProperty("duckdb.read_only", "true");
            try (Connection connection = driver.connect("jdbc:duckdb:" + warehouse.toAbsolutePath(), readOnly);
                 Statement statement = connection.createStatement()) {

                // then
                assertThat(single(statement, "select version()")).startsWith("v1.4");
                assertThat(single(statement, "select count(*) from v_midterm_progress")).isEqualTo("38");
                assertThat(single(statement, "select status from midterm_progress(date '2023-06-30', now())"
                        + " where indicator_code = 'I09'")).isEqualTo("ahead");
                assertThat(single(statement, "select count(*) from v_section_summary")).isEqualTo("4");
                assertThat(single(statement, "select count(*) from v_submission_status")).isNotEqualTo("0");
                assertThat(single(statement, "select comment from duckdb_views() where view_name = 'v_midterm_progress'"))
                        .contains("中期评估");
            }
        }
    }

    private static String single(Statement statement, String sql) throws Exception {
        try (ResultSet rs = statement.executeQuery(sql)) {
            assertThat(rs.next()).isTrue();
            return rs.getString(1);
        }
    }
}
