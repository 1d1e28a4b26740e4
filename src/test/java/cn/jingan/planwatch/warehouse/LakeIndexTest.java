package cn.jingan.planwatch.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LakeIndexTest {

    @TempDir
    Path dir;

    @Test
    void knowsTheNewestValueOfEachKey() {
        // given: 2022 reported as 700, then corrected to 710 by a later file
        LakeFixture lake = new LakeFixture(dir.resolve("lake"));
        lake.file("scitech", "2022年报.xlsx", "2023-02-10T02:00:00Z")
                .value("I09", "2022", "700").value("I10", "2022", "90");
        lake.file("scitech", "2022年报（更正）.xlsx", "2023-03-20T02:00:00Z")
                .value("I09", "2022", "710");
        LakeFiles files = lake.write();

        // when
        LakeIndex index = LakeIndex.open(files);

        // then
        assertThat(index.value("I09", "2022", "JA", "period")).hasValueSatisfying(
                v -> assertThat(v).isEqualByComparingTo("710"));
        assertThat(index.value("I10", "2022", "JA", "period")).contains(new BigDecimal("90.000000"));
        assertThat(index.value("I09", "2022", "JA", "ytd")).isEmpty();
        assertThat(index.value("I09", "2021", "JA", "period")).isEmpty();
    }

    @Test
    void anEmptyLakeHoldsNothing() {
        // when
        LakeIndex index = LakeIndex.open(new LakeFiles(List.of(), List.of(), "empty"));

        // then
        assertThat(index.value("I09", "2022", "JA", "period")).isEmpty();
    }
}
