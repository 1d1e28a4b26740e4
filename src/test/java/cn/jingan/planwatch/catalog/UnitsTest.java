package cn.jingan.planwatch.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnitsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "平方米|万平方米|0.0001",
            "万平方米|平方米|10000",
            "㎡|万平方米|0.0001",
            "m²|平方米|1",
            "万㎡|万平方米|1",
            "元|亿元|0.00000001",
            "万元|亿元|0.0001",
            "亿元|万元|10000",
            "%|%|1",
            "％|%|1",
            "家|家|1",
            "（万平方米）|万平方米|1",
            "' '|家|1",
            "''|亿元|1"})
    void convertsIntoTheCatalogUnit(String given, String catalogUnit, String factor) {
        // when / then
        assertThat(Units.factor(given, catalogUnit)).hasValueSatisfying(f -> assertThat(f).isEqualByComparingTo(factor));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "个|家", "家|个", "项|件", "位|家", "万元|万平方米", "公顷|万平方米", "%|家", "吨|亿元"})
    void refusesUnitsThatDoNotConvert(String given, String catalogUnit) {
        // when / then
        assertThat(Units.factor(given, catalogUnit)).isEmpty();
    }
}
