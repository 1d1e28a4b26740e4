package cn.jingan.planwatch.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * I23 全科家庭医生特色专科数 is judged per street and town (3 to 5 each) and summed up on the district row.
 * Every area but 彭浦镇 reports 4 for 2022; 彭浦镇 reported only 3 for 2021. 静安寺街道 first sent 4 (on
 * 2023-02-01), then corrected it to 6 (on 2023-05-01).
 */
class PerAreaIndicatorTest {

    private static final List<String> STREETS_REPORTING_2022 = List.of("JAS", "CJD", "JNL", "SMEL", "NJXL", "TMXL",
            "BZ", "BSL", "ZJXL", "GHXL", "DNL", "PPXC", "LFL");

    @TempDir
    static Path dir;

    static Path warehouse;

    @BeforeAll
    static void buildTheLake() {
        LakeFixture lake = new LakeFixture(dir.resolve("lake"));
        lake.file("health", "2021年报.xlsx", "2022-02-01T02:00:00Z").area("I23", "2021", "PPZ", "3");
        LakeFixture.Return annual2022 = lake.file("health", "2022年报.xlsx", "2023-02-01T02:00:00Z");
        STREETS_REPORTING_2022.forEach(street -> annual2022.area("I23", "2022", street, "4"));
        lake.file("health", "2022年报（更正）.xlsx", "2023-05-01T02:00:00Z").area("I23", "2022", "JAS", "6");
        warehouse = Warehouses.build(lake, dir);
    }

    @Test
    void theDistrictIsAchievedWhenEveryAreaMeetsTheTarget() {
        // when: known before the correction, all 14 areas lie in [3, 5]
        MidtermRow district = Warehouses.midterm(warehouse, "2023-06-30", Instant.parse("2023-03-01T00:00:00Z"),
                "I23", "JA");

        // then
        assertThat(district.status()).isEqualTo("achieved");
        assertThat(district.areasMet()).isEqualTo(14);
        assertThat(district.areasTotal()).isEqualTo(14);
        assertThat(district.progress()).isEqualByComparingTo("1");
        assertThat(district.cutoff()).hasToString("2022-12-31");
    }

    @Test
    void oneAreaAboveTheRangeLeavesTheDistrictJudgedByPace() {
        // when: with the correction 静安寺街道 has 6 > 5
        MidtermRow district = Warehouses.midterm(warehouse, "2023-06-30", Instant.now(), "I23", "JA");
        MidtermRow jingAnTemple = Warehouses.midterm(warehouse, "2023-06-30", Instant.now(), "I23", "JAS");

        // then: progress 13 / 14 = 0.928571429 >= 0.399780942 + 0.05: ahead; the district row projects nothing
        assertThat(jingAnTemple.status()).isEqualTo("above_range");
        assertThat(district.areasMet()).isEqualTo(13);
        assertThat(district.progress()).isEqualByComparingTo("0.928571429");
        assertThat(district.status()).isEqualTo("ahead");
        assertThat(district.willMeet()).isNull();
    }

    @Test
    void eachAreaHasItsOwnCutoff() {
        // when
        MidtermRow pengpuTown = Warehouses.midterm(warehouse, "2023-06-30", Instant.now(), "I23", "PPZ");

        // then: 彭浦镇's latest is its 2021 value; elapsed 365 / 1826 = 0.199890471
        assertThat(pengpuTown.cutoff()).hasToString("2021-12-31");
        assertThat(pengpuTown.elapsed()).isEqualByComparingTo("0.199890471");
        assertThat(pengpuTown.latest()).isEqualByComparingTo("3");
        assertThat(pengpuTown.status()).isEqualTo("achieved");
    }

    @Test
    void areasWithoutDataCountInTheTotalButNotAsMet() {
        // when: at 2022-06-30 only 彭浦镇's 2021 value exists
        MidtermRow district = Warehouses.midterm(warehouse, "2022-06-30", Instant.now(), "I23", "JA");
        MidtermRow caojiadu = Warehouses.midterm(warehouse, "2022-06-30", Instant.now(), "I23", "CJD");

        // then: 1 of 14 met, progress 0.071428571 < 0.199890471 - 0.05: lagging
        assertThat(caojiadu.status()).isEqualTo("no_data");
        assertThat(district.areasMet()).isEqualTo(1);
        assertThat(district.areasTotal()).isEqualTo(14);
        assertThat(district.progress()).isEqualByComparingTo("0.071428571");
        assertThat(district.cutoff()).hasToString("2021-12-31");
        assertThat(district.status()).isEqualTo("lagging");
    }
}
