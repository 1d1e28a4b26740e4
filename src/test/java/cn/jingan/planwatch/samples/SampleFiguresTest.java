package cn.jingan.planwatch.samples;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jingan.planwatch.catalog.Period;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class SampleFiguresTest {

    private final SampleFigures figures = SampleFigures.create(SampleInputsGenerator.SEED);

    @Test
    void spreadsRetailSalesOverMonthsSoTheYearsAddUpToThePublishedTotals() {
        // when
        BigDecimal year2022 = figures.yearToDate("I03", Period.month(2022, 12));
        BigDecimal year2023 = figures.yearToDate("I03", Period.month(2023, 12));

        // then
        assertThat(year2022).isEqualByComparingTo("1500");
        assertThat(year2023).isEqualByComparingTo("1710");
    }

    @Test
    void usesThePublishedFiguresWhereTheyExist() {
        // then
        assertThat(figures.value("I01", Period.quarter(2020, 1))).contains(new BigDecimal("48"));
        assertThat(figures.value("I01", Period.quarter(2023, 4))).contains(new BigDecimal("92"));
        assertThat(figures.yearToDate("I02", Period.quarter(2023, 4))).isEqualByComparingTo("12");
        assertThat(figures.yearToDate("I06", Period.quarter(2023, 4))).isEqualByComparingTo("236");
        assertThat(figures.value("I05", Period.annual(2022))).contains(new BigDecimal("800"));
        assertThat(figures.value("I24", Period.annual(2020))).contains(new BigDecimal("0.688"));
    }

    @Test
    void neverHasAFigureForTheBenchmarkIncubatorsSoTheyStayWithoutData() {
        // then
        assertThat(figures.periods("I13")).isEmpty();
    }

    @Test
    void givesEveryStreetAndTheTownTheirOwnSpecialtyCounts() {
        // then
        assertThat(SampleFigures.SPECIALTIES_BY_AREA).hasSize(14).doesNotContainKey("JA");
        assertThat(figures.value("I23@GHXL", Period.annual(2023))).contains(new BigDecimal("6"));
    }
}
