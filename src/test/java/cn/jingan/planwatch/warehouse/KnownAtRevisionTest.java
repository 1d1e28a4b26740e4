package cn.jingan.planwatch.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A revision under the two clocks, and a baseline equal to the target. At a cut-off of 2022-12-31 elapsed is
 * 730 / 1826 = 0.399780942, so ahead needs progress >= 0.449780942.
 * <pre>
 * I10 (stock ge 110): 2020 = 78; 2022 = 100 received 2023-02-01, corrected to 112 on 2023-05-01
 * I22 (stock ge 14):  2020 = 14 (the baseline is the target); 2022 = 12
 * </pre>
 */
class KnownAtRevisionTest {

    @TempDir
    static Path dir;

    static Path warehouse;

    @BeforeAll
    static void buildTheLake() {
        LakeFixture lake = new LakeFixture(dir.resolve("lake"));
        lake.file("scitech", "2020年报.xlsx", "2021-02-01T02:00:00Z").value("I10", "2020", "78");
        lake.file("scitech", "2022年报.xlsx", "2023-02-01T02:00:00Z").value("I10", "2022", "100");
        lake.file("scitech", "2022年报（更正）.xlsx", "2023-05-01T02:00:00Z").value("I10", "2022", "112");
        lake.file("health", "2020年报.xlsx", "2021-02-01T02:00:00Z").value("I22", "2020", "14");
        lake.file("health", "2022年报.xlsx", "2023-02-01T02:00:00Z").value("I22", "2022", "12");
        warehouse = Warehouses.build(lake, dir);
    }

    @Test
    void aReportIssuedBeforeTheCorrectionIsReproducedWithItsKnowledgeTime() {
        // when: as known on 2023-03-01
        MidtermRow row = Warehouses.midterm(warehouse, "2023-06-30", Instant.parse("2023-03-01T00:00:00Z"), "I10",
                "JA");

        // then: progress (100 - 78) / (110 - 78) = 0.6875: ahead; projected 78 + 22 × 1826 / 730 = 133.030137
        assertThat(row.latest()).isEqualByComparingTo("100");
        assertThat(row.progress()).isEqualByComparingTo("0.6875");
        assertThat(row.status()).isEqualTo("ahead");
        assertThat(row.projected()).isEqualByComparingTo("133.030137");
        assertThat(row.willMeet()).isTrue();
    }

    @Test
    void theCorrectionCountsOnceReceivedAndAnAchievedRowIsStillProjected() {
        // when: as known now
        MidtermRow row = Warehouses.midterm(warehouse, "2023-06-30", "I10");

        // then: 112 >= 110: achieved; progress 34 / 32 = 1.0625; projected 78 + 34 × 1826 / 730 = 163.046575
        assertThat(row.latest()).isEqualByComparingTo("112");
        assertThat(row.status()).isEqualTo("achieved");
        assertThat(row.progress()).isEqualByComparingTo("1.0625");
        assertThat(row.projected()).isEqualByComparingTo("163.046575");
        assertThat(row.willMeet()).isTrue();
    }

    @Test
    void aBaselineEqualToTheTargetJudgesLatestOverTarget() {
        // when
        MidtermRow row = Warehouses.midterm(warehouse, "2023-06-30", "I22");

        // then: progress 12 / 14 = 0.857142857: ahead though not met; projected 14 + (12 - 14) × 1826 / 730
        // = 8.997260, short of 14
        assertThat(row.baseline()).isEqualByComparingTo("14");
        assertThat(row.progress()).isEqualByComparingTo("0.857142857");
        assertThat(row.status()).isEqualTo("ahead");
        assertThat(row.projected()).isEqualByComparingTo("8.997260");
        assertThat(row.willMeet()).isFalse();
    }
}
