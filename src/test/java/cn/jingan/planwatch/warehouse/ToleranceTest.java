package cn.jingan.planwatch.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The edges of the pace rule, both inclusive. At a cut-off of 2023-06-30 elapsed is 911 / 1826 =
 * 0.498904710. I11 (target 100) at 54.890471 has progress 0.548904710 = elapsed + 0.05 exactly; I12
 * (target 1600) at 718.247536 has progress 0.448904710 = elapsed - 0.05 exactly. In binary floating point
 * 0.498904710 + 0.05 is not 0.548904710, which is why the comparison is made on decimals.
 */
class ToleranceTest {

    @TempDir
    Path dir;

    @Test
    void progressExactlyElapsedPlusToleranceIsAheadAndExactlyElapsedMinusToleranceIsOnTrack() {
        // given
        Path warehouse = Warehouses.build(lake("54.890471", "718.247536"), dir);

        // when
        MidtermRow upper = Warehouses.midterm(warehouse, "2023-06-30", "I11");
        MidtermRow lower = Warehouses.midterm(warehouse, "2023-06-30", "I12");

        // then
        assertThat(upper.elapsed()).isEqualByComparingTo("0.498904710");
        assertThat(upper.progress()).isEqualByComparingTo("0.548904710");
        assertThat(upper.status()).isEqualTo("ahead");
        assertThat(lower.progress()).isEqualByComparingTo("0.448904710");
        assertThat(lower.status()).isEqualTo("on_track");
    }

    @Test
    void justBelowEachEdgeFallsToTheNextStatus() {
        // given: one millionth less on each side
        Path warehouse = Warehouses.build(lake("54.890470", "718.247535"), dir);

        // when
        MidtermRow upper = Warehouses.midterm(warehouse, "2023-06-30", "I11");
        MidtermRow lower = Warehouses.midterm(warehouse, "2023-06-30", "I12");

        // then
        assertThat(upper.status()).isEqualTo("on_track");
        assertThat(lower.status()).isEqualTo("lagging");
    }

    @Test
    void theToleranceIsASetting() {
        // given: tolerance 0.1 instead of 0.05
        Path warehouse = Warehouses.build(lake("54.890471", "718.247536"), dir, new RollupSettings(0.1));

        // when
        MidtermRow upper = Warehouses.midterm(warehouse, "2023-06-30", "I11");

        // then: 0.548904710 < 0.498904710 + 0.1
        assertThat(upper.status()).isEqualTo("on_track");
    }

    private LakeFixture lake(String i11, String i12) {
        LakeFixture lake = new LakeFixture(dir.resolve("lake-" + i11));
        lake.file("scitech", "2023年1-6月.xlsx", "2023-07-10T02:00:00Z").ytd("I11", "2023-Q2", i11);
        lake.file("market", "2023年1-6月.xlsx", "2023-07-10T02:00:00Z").ytd("I12", "2023-Q2", i12);
        return lake;
    }
}
