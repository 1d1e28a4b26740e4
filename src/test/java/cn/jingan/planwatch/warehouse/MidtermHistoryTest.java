package cn.jingan.planwatch.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jingan.planwatch.catalog.PlanZone;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code v_midterm_history} and {@code midterm_history(as_of, known_at)}: the evaluation at each half-year end of
 * the plan window, each with what was known that day, for BI tools that list no table macros; and the English
 * names of {@code dim_indicator}.
 */
class MidtermHistoryTest {

    @TempDir
    static Path dir;

    static Path warehouse;

    @BeforeAll
    static void buildTheLake() {
        LakeFixture lake = new LakeFixture(dir.resolve("lake"));
        lake.file("scitech", "年报2020.xlsx", "2021-02-01T02:00:00Z").value("I09", "2020", "500");
        lake.file("scitech", "年报2021.xlsx", "2022-02-01T02:00:00Z").value("I09", "2021", "600");
        lake.file("scitech", "年报2022.xlsx", "2023-02-01T02:00:00Z").value("I09", "2022", "710");
        lake.file("scitech", "年报2021修订.xlsx", "2023-03-01T02:00:00Z").value("I09", "2021", "650");
        // delivered on 2022-06-30 at 23:30 Shanghai time: known on that day
        lake.file("commerce", "季报2022Q1.xlsx", "2022-06-30T15:30:00Z").value("I01", "2022-Q1", "80");
        warehouse = Warehouses.build(lake, dir);
    }

    @Test
    void evaluatesEveryHalfYearEndOfThePlanWindowUpToTodayAndNoOtherDate() {
        // when
        List<Map<String, Object>> dates = query("select distinct as_of from v_midterm_history order by as_of");

        // then: 2021-06-30, 2021-12-31, ... up to today, never later than the window's end 2025-12-31
        LocalDate today = LocalDate.now(PlanZone.DEFAULT);
        List<LocalDate> expected = new java.util.ArrayList<>();
        for (LocalDate d = LocalDate.of(2021, 6, 30); !d.isAfter(LocalDate.of(2025, 12, 31)) && !d.isAfter(today);
             d = d.getMonthValue() == 6 ? d.withMonth(12).withDayOfMonth(31) : d.plusYears(1).withMonth(6)
                     .withDayOfMonth(30)) {
            expected.add(d);
        }
        assertThat(dates).extracting(r -> (LocalDate) r.get("as_of"))
                .containsExactlyElementsOf(expected);
    }

    @Test
    void judgesEachHalfYearEndWithWhatWasKnownThatDayNotWithLaterRevisions() {
        // when
        List<MidtermRow> history = history();

        // then: at 2021-12-31 the 2021 figure had not arrived (received 2022-02-01): no data in the window yet;
        // at 2022-06-30 and 2022-12-31 the 2021 figure was 600 (revised to 650 only on 2023-03-01);
        // at 2023-06-30 the latest is 2022 = 710
        assertThat(row(history, "2021-12-31", "I09").status()).isEqualTo("no_data");
        assertThat(row(history, "2022-06-30", "I09").latest()).isEqualByComparingTo("600");
        assertThat(row(history, "2022-12-31", "I09").latest()).isEqualByComparingTo("600");
        assertThat(row(history, "2023-06-30", "I09").latest()).isEqualByComparingTo("710");
        // a return delivered late on the evaluation day itself, Shanghai time, counts for that day
        assertThat(row(history, "2022-06-30", "I01").latest()).isEqualByComparingTo("80");
    }

    @Test
    void givesForEachDateExactlyTheRowsOfMidtermProgressAtThatDateAndTheEndOfThatDay() {
        // given
        List<MidtermRow> history = history();
        LocalDate date = LocalDate.of(2022, 6, 30);
        Instant endOfDay = date.plusDays(1).atStartOfDay(PlanZone.DEFAULT).toInstant().minusNanos(1000);

        // when
        List<MidtermRow> progress;
        try (WarehouseReader reader = WarehouseReader.open(warehouse)) {
            progress = reader.midterm(date, endOfDay);
        }

        // then
        assertThat(history.stream().filter(r -> r.asOf().equals(date)).toList())
                .containsExactlyElementsOf(progress);
    }

    @Test
    void givesNoHalfYearEndAfterTheEvaluationDateOrVersionAfterTheKnowledgeTime() {
        // when: asked as of 2023-01-15 with what was known on 2022-07-01
        List<MidtermRow> history;
        try (WarehouseReader reader = WarehouseReader.open(warehouse)) {
            history = reader.midtermHistory(LocalDate.parse("2023-01-15"), Instant.parse("2022-07-01T00:00:00Z"));
        }

        // then: the last date is 2022-12-31, and it does not know the 2022 figure received in 2023
        assertThat(history).extracting(MidtermRow::asOf).allMatch(d -> !d.isAfter(LocalDate.parse("2022-12-31")))
                .contains(LocalDate.parse("2022-12-31"));
        assertThat(row(history, "2022-12-31", "I09").latest()).isEqualByComparingTo("600");
    }

    @Test
    void namesEveryIndicatorInEnglishBesideItsChineseName() {
        // when
        List<Map<String, Object>> names = query("select code, name_zh, name_en from dim_indicator order by code");

        // then
        assertThat(names).hasSize(Warehouses.CATALOG.indicators().size());
        assertThat(names).allSatisfy(n -> assertThat((String) n.get("name_en")).matches("[A-Z][ -~]+"));
        assertThat(names.get(8)).containsEntry("code", "I09").containsEntry("name_en", "High-tech enterprises");
    }

    private static List<MidtermRow> history() {
        try (WarehouseReader reader = WarehouseReader.open(warehouse)) {
            return reader.midtermHistory(LocalDate.now(PlanZone.DEFAULT), Instant.now());
        }
    }

    private static MidtermRow row(List<MidtermRow> rows, String asOf, String indicator) {
        return rows.stream().filter(r -> r.asOf().toString().equals(asOf) && r.indicatorCode().equals(indicator)
                && r.areaCode().equals("JA")).findFirst().orElseThrow();
    }

    private static List<Map<String, Object>> query(String sql) {
        try (WarehouseReader reader = WarehouseReader.open(warehouse)) {
            return reader.query(sql);
        }
    }
}
