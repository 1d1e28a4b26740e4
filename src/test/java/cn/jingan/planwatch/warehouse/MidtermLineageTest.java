package cn.jingan.planwatch.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code midterm_explain}: every observation behind a figure, marked with the figures that read it.
 * <pre>
 * I07 (flow, YTD-only returns): 2020-Q3 YTD 5, 2020-Q4 YTD 8, 2021-Q1 YTD 3, 2021-Q4 YTD 11, 2022-Q1 YTD 2,
 *     2022-Q2 YTD 4, 2022-Q3 YTD 7 (after as_of 2022-06-30)
 *     baseline = 8 - 5 = 3, latest = 4 - 2 = 2, cumulative = 11 + 4 = 15
 * I16 (flow): 2023-Q1 本期值 10, 2023-Q3 YTD 35, 2023-Q4 本期值 5; at 2023-12-31 cumulative = 35 + 5 = 40, latest 5
 * I09 (stock): 2020 = 500, 2021 = 600, 2022 = 700 then corrected to 710
 * </pre>
 */
class MidtermLineageTest {

    static final Instant NOW = Instant.parse("2030-01-01T00:00:00Z");

    @TempDir
    static Path dir;

    static Path warehouse;

    @BeforeAll
    static void buildTheLake() {
        LakeFixture lake = new LakeFixture(dir.resolve("lake"));
        lake.file("finance", "2020年1-9月.xlsx", "2020-10-10T02:00:00Z").ytd("I07", "2020-Q3", "5");
        lake.file("finance", "2020年1-12月.xlsx", "2021-01-10T02:00:00Z").ytd("I07", "2020-Q4", "8");
        lake.file("finance", "2021年1-3月.xlsx", "2021-04-10T02:00:00Z").ytd("I07", "2021-Q1", "3");
        lake.file("finance", "2021年1-12月.xlsx", "2022-01-10T02:00:00Z").ytd("I07", "2021-Q4", "11");
        lake.file("finance", "2022年1-3月.xlsx", "2022-04-10T02:00:00Z").ytd("I07", "2022-Q1", "2");
        lake.file("finance", "2022年1-6月.xlsx", "2022-07-10T02:00:00Z").ytd("I07", "2022-Q2", "4");
        lake.file("finance", "2022年1-9月.xlsx", "2022-10-10T02:00:00Z").ytd("I07", "2022-Q3", "7");
        lake.file("housing", "2023Q1.xlsx", "2023-04-10T02:00:00Z").value("I16", "2023-Q1", "10");
        lake.file("housing", "2023年1-9月.xlsx", "2023-10-10T02:00:00Z").ytd("I16", "2023-Q3", "35");
        lake.file("housing", "2023Q4.xlsx", "2024-01-10T02:00:00Z").value("I16", "2023-Q4", "5");
        lake.file("scitech", "2020年报.xlsx", "2021-02-01T02:00:00Z").value("I09", "2020", "500");
        lake.file("scitech", "2021年报.xlsx", "2022-02-01T02:00:00Z").value("I09", "2021", "600");
        lake.file("scitech", "2022年报.xlsx", "2023-02-01T02:00:00Z").value("I09", "2022", "700");
        lake.file("scitech", "2022年报（更正）.xlsx", "2023-03-01T02:00:00Z").value("I09", "2022", "710");
        warehouse = Warehouses.build(lake, dir);
    }

    @Test
    void aFlowFromYearToDateReturnsReadsTwoYearToDatesForEachIncrement() {
        // when
        List<LineageRow> rows = explain("I07", "2022-06-30", NOW);
        MidtermRow figure = Warehouses.midterm(warehouse, "2022-06-30", "I07");

        // then: the figures, and what each one read
        assertThat(figure.baseline()).isEqualByComparingTo("3");
        assertThat(figure.latest()).isEqualByComparingTo("2");
        assertThat(figure.cumulative()).isEqualByComparingTo("15");
        assertThat(periods(rows, Figure.BASELINE)).containsExactly("2020-Q3 ytd", "2020-Q4 ytd");
        assertThat(periods(rows, Figure.LATEST)).containsExactly("2022-Q1 ytd", "2022-Q2 ytd");
        assertThat(periods(rows, Figure.CUMULATIVE)).containsExactly("2021-Q4 ytd", "2022-Q2 ytd");
        assertThat(rows).extracting(LineageRow::periodCode).contains("2021-Q1").doesNotContain("2022-Q3");
        assertThat(rows).filteredOn(r -> r.periodCode().equals("2021-Q1")).allMatch(r -> !r.counts());
    }

    @Test
    void incrementsAfterAYearToDateAreReadWithIt() {
        // when
        List<LineageRow> rows = explain("I16", "2023-12-31", NOW);

        // then: 2023 contributes YTD(Q3) 35 + Q4's 5; Q1's 10 is covered by the YTD and read by nothing
        assertThat(periods(rows, Figure.CUMULATIVE)).containsExactly("2023-Q3 ytd", "2023-Q4 period");
        assertThat(periods(rows, Figure.LATEST)).containsExactly("2023-Q4 period");
        assertThat(periods(rows, Figure.BASELINE)).isEmpty();
        assertThat(Warehouses.midterm(warehouse, "2023-12-31", "I16").cumulative()).isEqualByComparingTo("40");
    }

    @Test
    void eachObservationNamesItsFileSheetCellAndVersionAsKnownAtTheTime() {
        // when
        List<LineageRow> before = explain("I09", "2023-06-30", Instant.parse("2023-02-15T00:00:00Z"));
        List<LineageRow> after = explain("I09", "2023-06-30", NOW);

        // then: the 2022 value read as latest is 700 from the first return before the correction, 710 after it
        LineageRow latestBefore = before.stream().filter(LineageRow::countsForLatest).findFirst().orElseThrow();
        LineageRow latestAfter = after.stream().filter(LineageRow::countsForLatest).findFirst().orElseThrow();
        assertThat(latestBefore.value()).isEqualByComparingTo("700");
        assertThat(latestBefore.sourceFile()).isEqualTo("2022年报.xlsx");
        assertThat(latestBefore.version()).isEqualTo(1);
        assertThat(latestAfter.value()).isEqualByComparingTo("710");
        assertThat(latestAfter.sourceFile()).isEqualTo("2022年报（更正）.xlsx");
        assertThat(latestAfter.sourceSheet()).isEqualTo("报表");
        assertThat(latestAfter.sourceCell()).isEqualTo("D7");
        assertThat(latestAfter.version()).isEqualTo(2);
        assertThat(latestAfter.receivedAt()).isEqualTo(Instant.parse("2023-03-01T02:00:00Z"));
        assertThat(periods(after, Figure.BASELINE)).containsExactly("2020 period");
        assertThat(after).hasSize(3);
    }

    @Test
    void theLineageViewCoversEveryIndicatorAsOfToday() {
        try (WarehouseReader reader = WarehouseReader.open(warehouse)) {
            // when
            long rows = (Long) reader.query("select count(*) as n from v_midterm_lineage").get(0).get("n");

            // then: every current value: 7 + 3 + 3
            assertThat(rows).isEqualTo(13L);
        }
    }

    private enum Figure { BASELINE, LATEST, CUMULATIVE }

    private static List<String> periods(List<LineageRow> rows, Figure figure) {
        return rows.stream().filter(r -> switch (figure) {
            case BASELINE -> r.countsForBaseline();
            case LATEST -> r.countsForLatest();
            case CUMULATIVE -> r.countsForCumulative();
        }).map(r -> r.periodCode() + " " + r.measure()).toList();
    }

    private static List<LineageRow> explain(String indicator, String asOf, Instant knownAt) {
        try (WarehouseReader reader = WarehouseReader.open(warehouse)) {
            return reader.explain(indicator, "JA", LocalDate.parse(asOf), knownAt);
        }
    }
}
