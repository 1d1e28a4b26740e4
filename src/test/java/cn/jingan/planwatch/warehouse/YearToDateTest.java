package cn.jingan.planwatch.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The year-to-date rule for a quarterly flow: I16 旧住房综合改造面积 (target 320 万平方米, window 2021-2025).
 * <pre>
 * 2021  Q4 YTD 80                                   → 80   (a YTD at the latest period)
 * 2022  Q1 20, Q2 20, Q3 20, Q4 25 (increments)     → 85   (no YTD: the sum)
 * 2023  Q1 10, Q2 missing, Q3 YTD 35                → 35   (the missing quarter is covered by the YTD)
 * 2024  Q1 12, Q2 18 and YTD 30, Q3 8, Q4 9         → 47   (increments after an earlier YTD: 30 + 8 + 9)
 * </pre>
 */
class YearToDateTest {

    @TempDir
    static Path dir;

    static Path warehouse;

    @BeforeAll
    static void buildTheLake() {
        LakeFixture lake = new LakeFixture(dir.resolve("lake"));
        lake.file("housing", "2021年1-12月.xlsx", "2022-01-10T02:00:00Z").ytd("I16", "2021-Q4", "80");
        lake.file("housing", "2022Q1.xlsx", "2022-04-10T02:00:00Z").value("I16", "2022-Q1", "20");
        lake.file("housing", "2022Q2.xlsx", "2022-07-10T02:00:00Z").value("I16", "2022-Q2", "20");
        lake.file("housing", "2022Q3.xlsx", "2022-10-10T02:00:00Z").value("I16", "2022-Q3", "20");
        lake.file("housing", "2022Q4.xlsx", "2023-01-10T02:00:00Z").value("I16", "2022-Q4", "25");
        lake.file("housing", "2023Q1.xlsx", "2023-04-10T02:00:00Z").value("I16", "2023-Q1", "10");
        lake.file("housing", "2023年1-9月.xlsx", "2023-10-10T02:00:00Z").ytd("I16", "2023-Q3", "35");
        lake.file("housing", "2024Q1.xlsx", "2024-04-10T02:00:00Z").value("I16", "2024-Q1", "12");
        lake.file("housing", "2024Q2.xlsx", "2024-07-10T02:00:00Z").value("I16", "2024-Q2", "18")
                .ytd("I16", "2024-Q2", "30");
        lake.file("housing", "2024Q3.xlsx", "2024-10-10T02:00:00Z").value("I16", "2024-Q3", "8");
        lake.file("housing", "2024Q4.xlsx", "2025-01-10T02:00:00Z").value("I16", "2024-Q4", "9");
        warehouse = Warehouses.build(lake, dir);
    }

    @Test
    void aMissingQuarterIsCoveredByTheNextYearToDate() {
        // when
        MidtermRow row = Warehouses.midterm(warehouse, "2023-09-30", "I16");

        // then: 80 + 85 + 35 = 200; the Q3 increment is 35 - 10 = 25;
        // year on year: YTD 35 against 2022's 20 + 20 + 20 = 60 → -25
        assertThat(row.cutoff()).hasToString("2023-09-30");
        assertThat(row.cumulative()).isEqualByComparingTo("200");
        assertThat(row.latest()).isEqualByComparingTo("25");
        assertThat(row.yoyChange()).isEqualByComparingTo("-25");
    }

    @Test
    void aYearToDateAtTheLatestPeriodIsTheYearsContribution() {
        // when: cut at the end of 2021, when only the 2021 YTD exists
        MidtermRow row = Warehouses.midterm(warehouse, "2021-12-31", "I16");

        // then: 80, which is also the Q4 "increment" (nothing earlier in the year)
        assertThat(row.cumulative()).isEqualByComparingTo("80");
        assertThat(row.latest()).isEqualByComparingTo("80");
    }

    @Test
    void aYearToDateWinsOverTheIncrementsOfItsOwnPeriod() {
        // when
        MidtermRow row = Warehouses.midterm(warehouse, "2024-06-30", "I16");

        // then: 2024 contributes its Q2 YTD 30 (not 12 + 18); latest is the reported Q2 increment 18
        assertThat(row.cumulative()).isEqualByComparingTo("230");
        assertThat(row.latest()).isEqualByComparingTo("18");
    }

    @Test
    void incrementsAfterAnEarlierYearToDateAreAddedToIt() {
        // when
        MidtermRow row = Warehouses.midterm(warehouse, "2024-12-31", "I16");

        // then: 80 + 85 + 35 + (30 + 8 + 9) = 247; progress 247 / 320 = 0.771875 against
        // elapsed 1461 / 1826 = 0.800109529: within 0.05, on track; year on year 47 - 35 = 12
        assertThat(row.cumulative()).isEqualByComparingTo("247");
        assertThat(row.latest()).isEqualByComparingTo("9");
        assertThat(row.progress()).isEqualByComparingTo("0.771875");
        assertThat(row.elapsed()).isEqualByComparingTo("0.800109529");
        assertThat(row.status()).isEqualTo("on_track");
        assertThat(row.yoyChange()).isEqualByComparingTo("12");
    }
}
