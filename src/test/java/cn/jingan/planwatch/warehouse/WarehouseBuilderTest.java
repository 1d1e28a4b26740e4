package cn.jingan.planwatch.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WarehouseBuilderTest {

    @TempDir
    Path dir;

    @Test
    void buildsEveryTableViewAndMacroWithACommentInChineseAndEnglish() {
        // given
        LakeFixture lake = new LakeFixture(dir.resolve("lake"));
        lake.file("scitech", "2022年报.xlsx", "2023-02-10T02:00:00Z").value("I09", "2022", "700");

        // when
        Path file = Warehouses.build(lake, dir);

        // then
        try (WarehouseReader reader = WarehouseReader.open(file)) {
            List<Map<String, Object>> objects = reader.query("""
                    select table_name as name, comment from duckdb_tables() where database_name = current_database()
                    union all
                    select view_name, comment from duckdb_views() where not internal and database_name = current_database()
                    union all
                    select distinct function_name, comment from duckdb_functions()
                    where database_name = current_database() and schema_name = 'main' and function_type like '%macro%'
                    """);
            assertThat(objects).extracting(o -> o.get("name")).contains("dim_indicator", "dim_bureau", "dim_area",
                    "dim_period", "dim_section", "fact_observation", "fact_observation_history", "fact_submission",
                    "rollup_settings", "meta_build", "v_midterm_progress", "v_section_summary",
                    "v_submission_status", "midterm_progress", "section_summary", "submission_status");
            assertThat(objects).extracting(o -> o.get("name")).doesNotContain("stg_observation", "lake_observation");
            assertThat(objects).allSatisfy(o -> assertThat((String) o.get("comment"))
                    .as("comment of %s", o.get("name")).matches("(?s).*\\p{IsHan}.* / .*[A-Za-z].*"));
            List<Map<String, Object>> uncommentedColumns = reader.query("""
                    select table_name, column_name from duckdb_columns()
                    where database_name = current_database() and schema_name = 'main' and comment is null
                    """);
            assertThat(uncommentedColumns).isEmpty();
            assertThat(reader.query("select count(*) as n from duckdb_columns() where database_name = current_database()"
                    + " and table_name = 'v_midterm_progress' and comment like '%/%'").get(0).get("n")).isEqualTo(23L);
        }
    }

    @Test
    void loadsTheDimensionsFromTheCatalog() {
        // given
        LakeFixture lake = new LakeFixture(dir.resolve("lake"));

        // when
        Path file = Warehouses.build(lake, dir);

        // then: 21 years (2015-2035) of 1 + 4 + 12 periods = 357
        try (WarehouseReader reader = WarehouseReader.open(file)) {
            assertThat(reader.counts()).containsEntry("dim_indicator", 24L).containsEntry("dim_bureau", 11L)
                    .containsEntry("dim_area", 15L).containsEntry("dim_period", 357L)
                    .containsEntry("fact_observation", 0L);
            Map<String, Object> i23 = reader.query("select * from dim_indicator where code = 'I23'").get(0);
            assertThat(i23).containsEntry("section", "S4").containsEntry("owner", "health")
                    .containsEntry("kind", "stock").containsEntry("frequency", "annual")
                    .containsEntry("comparator", "between").containsEntry("per_area", true)
                    .containsEntry("due_days", 60).containsKeys("name_zh", "unit", "window_start", "window_end",
                            "target", "target_max", "seed_phrase");
            assertThat((BigDecimal) i23.get("target_max")).isEqualByComparingTo("5");
            assertThat(reader.query("select code, start_date::varchar as s, end_date::varchar as e, year"
                    + " from dim_period where code in ('2024-Q3', '2024-M02')"))
                    .containsExactly(Map.of("code", "2024-M02", "s", "2024-02-01", "e", "2024-02-29", "year", 2024),
                            Map.of("code", "2024-Q3", "s", "2024-07-01", "e", "2024-09-30", "year", 2024));
        }
    }

    @Test
    void keepsEveryVersionOfARevisedValueAndShowsTheNewestAsCurrent() {
        // given: 2022 reported as 700 on 10 February, corrected to 710 on 20 March
        LakeFixture lake = new LakeFixture(dir.resolve("lake"));
        lake.file("scitech", "2022年报.xlsx", "2023-02-10T02:00:00Z").value("I09", "2022", "700")
                .value("I10", "2022", "90");
        lake.file("scitech", "2022年报（更正）.xlsx", "2023-03-20T02:00:00Z").value("I09", "2022", "710");

        // when
        Path file = Warehouses.build(lake, dir);

        // then: the correction changes only the row it carries
        try (WarehouseReader reader = WarehouseReader.open(file)) {
            List<Map<String, Object>> history = reader.query("select version, value, valid_from, valid_to, is_current"
                    + " from fact_observation_history where indicator_code = 'I09' order by version");
            assertThat(history).hasSize(2);
            assertThat((BigDecimal) history.get(0).get("value")).isEqualByComparingTo("700");
            assertThat(instant(history.get(0).get("valid_to"))).isEqualTo(Instant.parse("2023-03-20T02:00:00Z"));
            assertThat(history.get(0).get("is_current")).isEqualTo(false);
            assertThat(instant(history.get(1).get("valid_from"))).isEqualTo(Instant.parse("2023-03-20T02:00:00Z"));
            assertThat(history.get(1).get("valid_to")).isNull();
            List<Map<String, Object>> current = reader.query(
                    "select indicator_code, value, source_file from fact_observation order by indicator_code");
            assertThat(current).extracting(r -> r.get("source_file"))
                    .containsExactly("2022年报（更正）.xlsx", "2022年报.xlsx");
            assertThat((BigDecimal) current.get(0).get("value")).isEqualByComparingTo("710");
            assertThat(reader.counts()).containsEntry("fact_submission", 2L);
        }
    }

    @Test
    void aFileReceivedEarlierButLoadedLaterDoesNotSupersedeANewerOne() {
        // given: the file delivered on 20 March is loaded first, the one delivered on 10 February later
        LakeFixture lake = new LakeFixture(dir.resolve("lake"));
        lake.file("scitech", "新.xlsx", "2023-03-20T02:00:00Z").value("I09", "2022", "710");
        lake.file("scitech", "旧.xlsx", "2023-02-10T02:00:00Z").value("I09", "2022", "700");

        // when
        Path file = Warehouses.build(lake, dir);

        // then: newest means latest received_at, whatever the order of loading
        try (WarehouseReader reader = WarehouseReader.open(file)) {
            assertThat((BigDecimal) reader.query("select value from fact_observation").get(0).get("value"))
                    .isEqualByComparingTo("710");
        }
    }

    @Test
    void aReportKnownBeforeARevisionShowsTheOldFigure() {
        // given: I09 baseline 2020 = 500; 2022 = 700 received 2023-02-10, revised to 710 on 2023-03-20
        LakeFixture lake = new LakeFixture(dir.resolve("lake"));
        lake.file("scitech", "2020年报.xlsx", "2021-02-10T02:00:00Z").value("I09", "2020", "500");
        lake.file("scitech", "2022年报.xlsx", "2023-02-10T02:00:00Z").value("I09", "2022", "700");
        lake.file("scitech", "2022年报（更正）.xlsx", "2023-03-20T02:00:00Z").value("I09", "2022", "710");
        Path file = Warehouses.build(lake, dir);

        // when
        MidtermRow before = Warehouses.midterm(file, "2023-06-30", Instant.parse("2023-03-01T00:00:00Z"), "I09", "JA");
        MidtermRow after = Warehouses.midterm(file, "2023-06-30", Instant.parse("2023-03-21T00:00:00Z"), "I09", "JA");

        // then: progress (700 - 500) / (800 - 500) = 0.666666667 before, (710 - 500) / 300 = 0.7 after
        assertThat(before.latest()).isEqualByComparingTo("700");
        assertThat(before.progress()).isEqualByComparingTo("0.666666667");
        assertThat(after.latest()).isEqualByComparingTo("710");
        assertThat(after.progress()).isEqualByComparingTo("0.7");
    }

    @Test
    void recordsTheLakeVersionAndTheToleranceInTheFile() {
        // given
        LakeFixture lake = new LakeFixture(dir.resolve("lake"));
        lake.file("scitech", "2022年报.xlsx", "2023-02-10T02:00:00Z").value("I09", "2022", "700");

        // when
        Path file = Warehouses.build(lake, dir, new RollupSettings(0.1));

        // then
        try (WarehouseReader reader = WarehouseReader.open(file)) {
            assertThat((String) reader.query("select lake_version from meta_build").get(0).get("lake_version"))
                    .startsWith("test-");
            assertThat((BigDecimal) reader.query("select tolerance from rollup_settings").get(0).get("tolerance"))
                    .isEqualByComparingTo("0.1");
        }
    }

    @Test
    void neverWritesIntoAnExistingFileAndLeavesNothingBehindWhenTheLakeCannotBeRead() throws Exception {
        // given
        Path existing = Files.writeString(dir.resolve("existing.duckdb"), "old");
        Path missingParquet = dir.resolve("lake/observations/year=2023/part-9.parquet");
        LakeFiles broken = new LakeFiles(List.of(missingParquet), List.of(), "v-broken");
        Path fresh = dir.resolve("fresh.duckdb");

        // when / then
        assertThatThrownBy(() -> new WarehouseBuilder().build(broken, Warehouses.CATALOG, RollupSettings.DEFAULT, existing))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new WarehouseBuilder().build(broken, Warehouses.CATALOG, RollupSettings.DEFAULT, fresh))
                .isInstanceOf(WarehouseBuildException.class).hasMessageContaining("part-9.parquet");
        assertThat(Files.readString(existing)).isEqualTo("old");
        assertThat(fresh).doesNotExist();
    }

    private static Instant instant(Object timestamp) {
        return ((OffsetDateTime) timestamp).toInstant();
    }
}
