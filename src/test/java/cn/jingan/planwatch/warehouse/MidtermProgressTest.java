package cn.jingan.planwatch.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every kind (stock, flow, level, rank), comparator (gt, ge, le, between, none) and status of spec
 * section 3 on one hand-made lake. Windows: 2021-01-01..2025-12-31 has 1826 days, 2023-01-01..2025-12-31
 * has 1096. Elapsed at a cut-off of 2022-12-31 is 730 / 1826 = 0.399780942, at 2023-06-30 911 / 1826 =
 * 0.498904710 (window 2023: 181 / 1096 = 0.165145985). Tolerance 0.05.
 */
class MidtermProgressTest {

    @TempDir
    static Path dir;

    static Path warehouse;

    @BeforeAll
    static void buildTheLake() {
        LakeFixture lake = new LakeFixture(dir.resolve("lake"));
        lake.file("scitech", "年报2020.xlsx", "2021-02-01T02:00:00Z").value("I09", "2020", "500");
        lake.file("scitech", "年报2021.xlsx", "2022-02-01T02:00:00Z").value("I09", "2021", "600");
        lake.file("scitech", "年报2022.xlsx", "2023-02-01T02:00:00Z").value("I09", "2022", "710");
        lake.file("scitech", "季报2023Q2.xlsx", "2023-07-05T02:00:00Z").value("I14", "2023-Q2", "150");
        lake.file("commerce", "季报2023Q2.xlsx", "2023-07-05T02:00:00Z").value("I01", "2023-Q2", "100")
                .ytd("I02", "2023-Q2", "15");
        lake.file("commerce", "季报2021Q4.xlsx", "2022-01-05T02:00:00Z").ytd("I02", "2021-Q4", "20");
        lake.file("commerce", "季报2022Q4.xlsx", "2023-01-05T02:00:00Z").ytd("I02", "2022-Q4", "25");
        lake.file("housing", "季报2020Q4.xlsx", "2021-01-05T02:00:00Z").value("I17", "2020-Q4", "40");
        lake.file("housing", "季报2023Q2.xlsx", "2023-07-05T02:00:00Z").value("I17", "2023-Q2", "70");
        lake.file("planning", "年报2022.xlsx", "2023-02-01T02:00:00Z").value("I21", "2022", "100");
        lake.file("commerce", "年报2021.xlsx", "2022-02-01T02:00:00Z").value("I04", "2021", "1");
        lake.file("commerce", "年报2022.xlsx", "2023-02-01T02:00:00Z").value("I04", "2022", "2");
        lake.file("scitech", "年报2023.xlsx", "2024-02-01T02:00:00Z").value("I13", "2023", "1");
        lake.file("scitech", "年报2024.xlsx", "2025-02-01T02:00:00Z").value("I13", "2024", "2");
        lake.file("commerce", "月报2023-01.xlsx", "2023-02-05T02:00:00Z").value("I03", "2023-M01", "120");
        lake.file("commerce", "月报2023-02.xlsx", "2023-03-05T02:00:00Z").value("I03", "2023-M02", "110");
        lake.file("market", "季报2021Q4.xlsx", "2022-01-05T02:00:00Z").ytd("I12", "2021-Q4", "200");
        lake.file("market", "季报2022Q4.xlsx", "2023-01-05T02:00:00Z").ytd("I12", "2022-Q4", "200");
        lake.file("health", "年报2020.xlsx", "2021-02-01T02:00:00Z").value("I22", "2020", "10");
        lake.file("sports", "年报2024.xlsx", "2025-02-01T02:00:00Z").value("I24", "2024", "1.1");
        warehouse = Warehouses.build(lake, dir);
    }

    @Test
    void judgesAStockWithABaselineByItsShareOfTheDistanceToTheTarget() {
        // when: I09 stock gt 800, baseline 2020 = 500, latest 2022 = 710
        MidtermRow row = Warehouses.midterm(warehouse, "2023-06-30", "I09");

        // then: progress (710 - 500) / (800 - 500) = 0.7 >= 0.399780942 + 0.05: ahead;
        // projected 500 + 210 / 0.399780942 = 1025.287671 > 800; year on year 710 - 600 = 110
        assertThat(row.cutoff()).hasToString("2022-12-31");
        assertThat(row.elapsed()).isEqualByComparingTo("0.399780942");
        assertThat(row.baseline()).isEqualByComparingTo("500");
        assertThat(row.latest()).isEqualByComparingTo("710");
        assertThat(row.cumulative()).isNull();
        assertThat(row.progress()).isEqualByComparingTo("0.7");
        assertThat(row.status()).isEqualTo("ahead");
        assertThat(row.statusZh()).isEqualTo("快于预期");
        assertThat(row.projected()).isEqualByComparingTo("1025.287671");
        assertThat(row.willMeet()).isTrue();
        assertThat(row.yoyChange()).isEqualByComparingTo("110");
        assertThat(row.indicatorName()).isEqualTo("高新技术企业数");
    }

    @Test
    void judgesAStockWithoutABaselineOnLatestOverTargetAndProjectsNothing() {
        // when: I14 stock gt 400 (window 2023), only 2023-Q2 = 150
        MidtermRow row = Warehouses.midterm(warehouse, "2023-06-30", "I14");

        // then: progress 150 / 400 = 0.375 >= 0.165145985 + 0.05: ahead; no baseline, no trend: no projection
        assertThat(row.baseline()).isNull();
        assertThat(row.elapsed()).isEqualByComparingTo("0.165145985");
        assertThat(row.progress()).isEqualByComparingTo("0.375");
        assertThat(row.status()).isEqualTo("ahead");
        assertThat(row.projected()).isNull();
        assertThat(row.willMeet()).isNull();
    }

    @Test
    void greaterThanIsStrict() {
        // when: I01 stock gt 100 with latest exactly 100
        MidtermRow row = Warehouses.midterm(warehouse, "2023-06-30", "I01");

        // then: 100 is not more than 100; progress 100 / 100 = 1 is ahead of 0.498904710
        assertThat(row.status()).isEqualTo("ahead");
        assertThat(row.progress()).isEqualByComparingTo("1");
        assertThat(row.willMeet()).as("no baseline, so no projection").isNull();
    }

    @Test
    void aFlowIsJudgedOnItsCumulativeSumAndGreaterThanStaysStrict() {
        // when: I02 flow gt 60: 2021 YTD 20 + 2022 YTD 25 + 2023 YTD to Q2 15 = 60
        MidtermRow row = Warehouses.midterm(warehouse, "2023-06-30", "I02");

        // then: not achieved at exactly 60; progress 60 / 60 = 1: ahead; projected 60 / 0.498904710 = 120.263
        assertThat(row.cumulative()).isEqualByComparingTo("60");
        assertThat(row.latest()).isEqualByComparingTo("15");
        assertThat(row.status()).isEqualTo("ahead");
        assertThat(row.projected()).isEqualByComparingTo("120.263447");
        assertThat(row.willMeet()).isTrue();
    }

    @Test
    void judgesALevelAgainstItsBaselineAndCallsItOnTrackWithinTheTolerance() {
        // when: I17 level ge 100 %, baseline 2020-Q4 = 40 %, 2023-Q2 = 70 %
        MidtermRow row = Warehouses.midterm(warehouse, "2023-06-30", "I17");

        // then: progress (70 - 40) / (100 - 40) = 0.5, within 0.498904710 ± 0.05: on track;
        // projected 40 + 30 / 0.498904710 = 100.131723 >= 100
        assertThat(row.progress()).isEqualByComparingTo("0.5");
        assertThat(row.status()).isEqualTo("on_track");
        assertThat(row.statusZh()).isEqualTo("基本符合预期");
        assertThat(row.projected()).isEqualByComparingTo("100.131723");
        assertThat(row.willMeet()).isTrue();
    }

    @Test
    void greaterOrEqualIsInclusive() {
        // when: I21 level ge 100 %, 2022 = 100 %
        MidtermRow row = Warehouses.midterm(warehouse, "2023-06-30", "I21");

        // then
        assertThat(row.status()).isEqualTo("achieved");
        assertThat(row.statusZh()).isEqualTo("已实现");
        assertThat(row.willMeet()).as("no baseline, so no projection").isNull();
    }

    @Test
    void aRankIsAchievedWhenMetAndLaggingWhenNot() {
        // when: I04 rank le 1: 2021 first, 2022 second
        MidtermRow in2022 = Warehouses.midterm(warehouse, "2022-06-30", "I04");
        MidtermRow in2023 = Warehouses.midterm(warehouse, "2023-06-30", "I04");

        // then: a rank has no progress and no projection
        assertThat(in2022.status()).isEqualTo("achieved");
        assertThat(in2023.status()).isEqualTo("lagging");
        assertThat(in2023.progress()).isNull();
        assertThat(in2023.projected()).isNull();
        assertThat(in2023.willMeet()).isNull();
        assertThat(in2023.yoyChange()).isEqualByComparingTo("1");
    }

    @Test
    void aRangeIsAchievedInsideItAndAboveRangeBeyondItsUpperBound() {
        // when: I13 flow between 1 and 2 (window 2023): 2023 = 1, 2024 = 2
        MidtermRow in2023 = Warehouses.midterm(warehouse, "2023-12-31", "I13");
        MidtermRow in2024 = Warehouses.midterm(warehouse, "2024-12-31", "I13");

        // then: cumulative 1 lies in [1, 2]; cumulative 3 is above it, and so is the projection
        // 3 / (731 / 1096 = 0.666970803) = 4.497948
        assertThat(in2023.status()).isEqualTo("achieved");
        assertThat(in2023.progress()).isEqualByComparingTo("1");
        assertThat(in2024.cumulative()).isEqualByComparingTo("3");
        assertThat(in2024.status()).isEqualTo("above_range");
        assertThat(in2024.statusZh()).isEqualTo("超出区间");
        assertThat(in2024.projected()).isEqualByComparingTo("4.497948");
        assertThat(in2024.willMeet()).isFalse();
    }

    @Test
    void anIndicatorWithoutATargetIsMonitoredOnly() {
        // when: I03 flow none, January 120 and February 110
        MidtermRow row = Warehouses.midterm(warehouse, "2023-02-28", "I03");

        // then: elapsed 789 / 1826 = 0.432092004; projected 230 × 1826 / 789 = 532.294043 (exact days)
        assertThat(row.status()).isEqualTo("monitor");
        assertThat(row.statusZh()).isEqualTo("监测");
        assertThat(row.cumulative()).isEqualByComparingTo("230");
        assertThat(row.progress()).isNull();
        assertThat(row.projected()).isEqualByComparingTo("532.294043");
        assertThat(row.willMeet()).isNull();
    }

    @Test
    void aFlowFarBehindTheElapsedShareIsLagging() {
        // when: I12 flow ge 1600: 200 in 2021 and 200 in 2022, nothing yet for 2023
        MidtermRow row = Warehouses.midterm(warehouse, "2023-06-30", "I12");

        // then: cut-off 2022-12-31, progress 400 / 1600 = 0.25 < 0.399780942 - 0.05
        assertThat(row.cutoff()).hasToString("2022-12-31");
        assertThat(row.progress()).isEqualByComparingTo("0.25");
        assertThat(row.status()).isEqualTo("lagging");
        assertThat(row.statusZh()).isEqualTo("滞后于预期");
        assertThat(row.willMeet()).isFalse();
    }

    @Test
    void onlyABaselineMeansNoDataWithTheBaselinePeriodAsCutoff() {
        // when: I22 has only 2020, before its window
        MidtermRow row = Warehouses.midterm(warehouse, "2023-06-30", "I22");

        // then
        assertThat(row.status()).isEqualTo("no_data");
        assertThat(row.statusZh()).isEqualTo("无数据");
        assertThat(row.cutoff()).hasToString("2020-12-31");
        assertThat(row.baseline()).isEqualByComparingTo("10");
        assertThat(row.progress()).isNull();
        assertThat(row.willMeet()).isNull();
    }

    @Test
    void valuesOfPeriodsAfterTheEvaluationDateDoNotCount() {
        // when: I24 has only 2024, evaluated at 2023-06-30 and at 2025-06-30
        MidtermRow before = Warehouses.midterm(warehouse, "2023-06-30", "I24");
        MidtermRow after = Warehouses.midterm(warehouse, "2025-06-30", "I24");

        // then
        assertThat(before.status()).isEqualTo("no_data");
        assertThat(before.cutoff()).isNull();
        assertThat(before.elapsed()).isNull();
        assertThat(after.status()).isEqualTo("achieved");
        assertThat(after.cutoff()).hasToString("2024-12-31");
    }

    @Test
    void theSectionSummaryCountsEachIndicatorOnceByStatus() {
        // when
        try (WarehouseReader reader = WarehouseReader.open(warehouse)) {
            var s1 = reader.query("select * from section_summary('2023-06-30', now()) where section = 'S1'").get(0);

            // then: S1 holds I01..I08; I01 ahead, I02 ahead, I03 monitor, I04 lagging (rank), others no data
            assertThat(s1).containsEntry("section_name", "对外开放与产业能级").containsEntry("indicators", 8L)
                    .containsEntry("ahead", 2L).containsEntry("monitor", 1L).containsEntry("lagging", 1L)
                    .containsEntry("no_data", 4L).containsEntry("achieved", 0L);
            assertThat(reader.query("select * from v_section_summary")).hasSize(4);
        }
    }
}
