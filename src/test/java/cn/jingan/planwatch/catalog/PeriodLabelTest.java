package cn.jingan.planwatch.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PeriodLabelTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2024年|ANNUAL|2024",
            "2024年度|ANNUAL|2024",
            "2024|ANNUAL|2024",
            "２０２４年|ANNUAL|2024",
            "2024年第3季度|QUARTERLY|2024-Q3",
            "2024年三季度|QUARTERLY|2024-Q3",
            "2024年第四季度|QUARTERLY|2024-Q4",
            "2024Q3|QUARTERLY|2024-Q3",
            "2024-Q3|QUARTERLY|2024-Q3",
            "2024q1|QUARTERLY|2024-Q1",
            "2024 年 第 3 季度|QUARTERLY|2024-Q3",
            "2024年9月|MONTHLY|2024-M09",
            "2024年九月|MONTHLY|2024-M09",
            "2024年十二月|MONTHLY|2024-M12",
            "2024年十月份|MONTHLY|2024-M10",
            "2024-09|MONTHLY|2024-M09",
            "2024.09|MONTHLY|2024-M09",
            "2024/9|MONTHLY|2024-M09",
            "2024-M09|MONTHLY|2024-M09"})
    void readsTheLabelsBureausWrite(String label, Frequency granularity, String code) {
        // when
        PeriodLabel parsed = PeriodLabel.parse(label).orElseThrow();
        // then
        assertThat(parsed.granularity()).isEqualTo(granularity);
        assertThat(parsed.yearToDate()).isFalse();
        assertThat(parsed.resolve(granularity).orElseThrow().code()).isEqualTo(code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024年1-9月", "2024年1－9月", "2024年1~9月", "2024年1至9月", "2024年一至九月"})
    void readsAYearToDateLabel(String label) {
        // when
        PeriodLabel parsed = PeriodLabel.parse(label).orElseThrow();
        // then
        assertThat(parsed.yearToDate()).isTrue();
        assertThat(parsed.resolve(Frequency.MONTHLY).orElseThrow().code()).isEqualTo("2024-M09");
        assertThat(parsed.resolve(Frequency.QUARTERLY).orElseThrow().code()).isEqualTo("2024-Q3");
        assertThat(parsed.resolve(Frequency.ANNUAL)).isEmpty();
        assertThat(parsed.display()).isEqualTo("2024年1-9月");
    }

    @Test
    void resolvesAWholeYearToDateToTheYearAndAPartialQuarterToNothing() {
        // given
        PeriodLabel wholeYear = PeriodLabel.parse("2024年1-12月").orElseThrow();
        PeriodLabel august = PeriodLabel.parse("2024年1-8月").orElseThrow();
        // when / then
        assertThat(wholeYear.resolve(Frequency.ANNUAL).orElseThrow().code()).isEqualTo("2024");
        assertThat(august.resolve(Frequency.QUARTERLY)).isEmpty();
        assertThat(august.resolve(Frequency.MONTHLY).orElseThrow().code()).isEqualTo("2024-M08");
    }

    @Test
    void resolvesOnlyToTheIndicatorsOwnFrequency() {
        // given
        PeriodLabel quarter = PeriodLabel.parse("2024年第3季度").orElseThrow();
        // when / then
        assertThat(quarter.resolve(Frequency.QUARTERLY)).contains(Period.quarter(2024, 3));
        assertThat(quarter.resolve(Frequency.MONTHLY)).isEmpty();
        assertThat(quarter.resolve(Frequency.ANNUAL)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "三季度", "2024年第5季度", "2024Q5", "2024年13月", "2024年0月", "2024-13", "24年",
            "2024年上半年", "第3季度2024", "二〇二四年"})
    void refusesWhatNamesNoPeriod(String label) {
        // when / then
        assertThat(PeriodLabel.parse(label)).isEmpty();
    }

    @Test
    void refusesNothingAtAllWithoutFailing() {
        // when / then
        assertThat(PeriodLabel.parse(null)).isEmpty();
        assertThat(PeriodLabel.parse("\u3000\u00A0")).isEmpty();
    }

    @Test
    void readsADateAsTheMonthContainingIt() {
        // when
        PeriodLabel label = PeriodLabel.ofDate(LocalDate.of(2024, 9, 30));
        // then
        assertThat(label.resolve(Frequency.MONTHLY)).contains(Period.month(2024, 9));
        assertThat(label.display()).isEqualTo("2024年9月");
    }

    @Test
    void displaysALabelAsAClerkWritesIt() {
        // when / then
        assertThat(PeriodLabel.parse("2024Q3").orElseThrow().display()).isEqualTo("2024年第3季度");
        assertThat(PeriodLabel.parse("2024").orElseThrow().display()).isEqualTo("2024年");
    }
}
