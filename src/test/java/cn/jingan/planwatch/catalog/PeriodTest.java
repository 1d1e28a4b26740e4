package cn.jingan.planwatch.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PeriodTest {

    @ParameterizedTest
    @ValueSource(strings = {"2024", "2024-Q1", "2024-Q4", "2024-M01", "2024-M09", "2024-M12"})
    void parsesItsOwnCodeBack(String code) {
        // when / then
        assertThat(Period.parse(code).code()).isEqualTo(code);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-Q5", "2024-M13", "2024-M9", "2024Q3", "24", ""})
    void refusesWhatIsNoCanonicalCode(String code) {
        // when / then
        assertThatThrownBy(() -> Period.parse(code)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void knowsItsFirstAndLastDay() {
        // when / then
        assertThat(Period.annual(2024).startDate()).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(Period.annual(2024).endDate()).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThat(Period.quarter(2024, 3).startDate()).isEqualTo(LocalDate.of(2024, 7, 1));
        assertThat(Period.quarter(2024, 3).endDate()).isEqualTo(LocalDate.of(2024, 9, 30));
        assertThat(Period.month(2024, 2).endDate()).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(Period.month(2023, 2).endDate()).isEqualTo(LocalDate.of(2023, 2, 28));
    }

    @Test
    void stepsToTheNextPeriodAcrossTheYearEnd() {
        // when / then
        assertThat(Period.quarter(2024, 4).next()).isEqualTo(Period.quarter(2025, 1));
        assertThat(Period.month(2024, 12).next()).isEqualTo(Period.month(2025, 1));
        assertThat(Period.annual(2024).next()).isEqualTo(Period.annual(2025));
    }

    @Test
    void findsThePeriodContainingADate() {
        // given
        LocalDate day = LocalDate.of(2024, 8, 15);
        // when / then
        assertThat(Period.containing(Frequency.QUARTERLY, day)).isEqualTo(Period.quarter(2024, 3));
        assertThat(Period.containing(Frequency.MONTHLY, day)).isEqualTo(Period.month(2024, 8));
        assertThat(Period.containing(Frequency.ANNUAL, day)).isEqualTo(Period.annual(2024));
    }

    @Test
    void ordersByEndDateThenByStartDate() {
        // given
        List<Period> periods = new ArrayList<>(List.of(Period.annual(2024), Period.month(2024, 12),
                Period.quarter(2024, 4), Period.month(2024, 1)));
        // when
        Collections.sort(periods);
        // then
        assertThat(periods).containsExactly(Period.month(2024, 1), Period.annual(2024), Period.quarter(2024, 4),
                Period.month(2024, 12));
    }
}
