package cn.jingan.planwatch.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CatalogTest {

    private static final Catalog CATALOG = Catalog.load();

    @Test
    void loadsAllIndicatorsBureausAndAreas() {
        // when / then
        assertThat(CATALOG.indicators()).hasSize(24);
        assertThat(CATALOG.bureaus()).hasSize(11);
        assertThat(CATALOG.areas()).hasSize(15);
        assertThat(CATALOG.areas()).filteredOn(Area::isDistrict).extracting(Area::code).containsExactly("JA");
        assertThat(CATALOG.indicators()).allSatisfy(i -> assertThat(CATALOG.bureau(i.owner())).isPresent());
    }

    @Test
    void readsEveryFieldOfAnIndicator() {
        // when
        Indicator i23 = CATALOG.indicator("I23").orElseThrow();
        // then
        assertThat(i23.owner()).isEqualTo("health");
        assertThat(i23.kind()).isEqualTo(Indicator.Kind.STOCK);
        assertThat(i23.unit()).isEqualTo("个");
        assertThat(i23.frequency()).isEqualTo(Frequency.ANNUAL);
        assertThat(i23.dueDays()).isEqualTo(60);
        assertThat(i23.windowStart()).isEqualTo(LocalDate.of(2021, 1, 1));
        assertThat(i23.windowEnd()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(i23.comparator()).isEqualTo(Indicator.Comparator.BETWEEN);
        assertThat(i23.target()).isEqualByComparingTo("3");
        assertThat(i23.targetMax()).isEqualByComparingTo("5");
        assertThat(i23.perArea()).isTrue();
        assertThat(CATALOG.indicator("I18").orElseThrow().target()).isEqualTo(new BigDecimal("16.8"));
        assertThat(CATALOG.indicator("I03").orElseThrow().target()).isNull();
        assertThat(CATALOG.indicators()).filteredOn(Indicator::perArea).extracting(Indicator::code)
                .containsExactly("I23");
    }

    @Test
    void findsAnIndicatorByItsCodeWrittenLoosely() {
        // when / then
        assertThat(CATALOG.indicator(" i01 ")).map(Indicator::code).contains("I01");
        assertThat(CATALOG.indicator("Ｉ０１")).map(Indicator::code).contains("I01");
        assertThat(CATALOG.indicator("I1")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"commerce", "COMMERCE", "区商务委", "商务委", "静安区商务委员会", "区 商务委员会"})
    void findsABureauByCodeNameOrAlias(String label) {
        // when / then
        assertThat(CATALOG.bureauNamed(label)).map(Bureau::code).contains("commerce");
    }

    @Test
    void findsNoBureauForAStrangerName() {
        // when / then
        assertThat(CATALOG.bureauNamed("区教育局")).isEmpty();
        assertThat(CATALOG.bureauNamed("")).isEmpty();
    }

    @Test
    void findsAnAreaByCodeOrName() {
        // when / then
        assertThat(CATALOG.area("JAS")).map(Area::nameZh).contains("静安寺街道");
        assertThat(CATALOG.area("ppz")).map(Area::nameZh).contains("彭浦镇");
        assertThat(CATALOG.area("静安区")).map(Area::code).contains("JA");
        assertThat(CATALOG.area("临汾路街道 ")).map(Area::code).contains("LFL");
        assertThat(CATALOG.area("临汾路")).isEmpty();
    }

    @Test
    void listsTheIndicatorsABureauOwns() {
        // when / then
        assertThat(CATALOG.indicatorsOwnedBy("commerce")).extracting(Indicator::code)
                .containsExactly("I01", "I02", "I03", "I04", "I05", "I06");
        assertThat(CATALOG.indicatorsOwnedBy("nobody")).isEmpty();
    }
}
