package cn.jingan.planwatch.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jingan.planwatch.excel.CellKind;
import cn.jingan.planwatch.excel.SheetCell;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CellValuesTest {

    @Test
    void readsANumberCellWithoutBinaryNoise() {
        // given
        SheetCell cell = SheetCell.number(3, 7, 0.1, false);
        // when
        CellValue value = CellValues.read(cell);
        // then
        assertThat(value.isNumber()).isTrue();
        assertThat(value.number().toPlainString()).isEqualTo("0.1");
        assertThat(CellValues.read(SheetCell.number(3, 7, 1234.0, false)).number().toPlainString()).isEqualTo("1234");
        assertThat(CellValues.read(SheetCell.number(3, 7, 1.0e10, false)).number().toPlainString())
                .isEqualTo("10000000000");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "1,234.5|1234.5",
            "１２３|123",
            "\u3000 88.6\u00A0|88.6",
            "１，２３４．５|1234.5",
            "-12|-12",
            "+7|7",
            "1,234,567|1234567",
            ".5|0.5"})
    void readsNumericText(String text, String expected) {
        // when
        CellValue value = CellValues.read(SheetCell.text(0, 1, text));
        // then
        assertThat(value.isNumber()).isTrue();
        assertThat(value.number()).isEqualByComparingTo(expected);
        assertThat(value.percent()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"—", "——", "-", "/", "", "  ", "\u3000", "－", "／"})
    void readsTheMarkersOfNothingReportedAsNotReported(String text) {
        // when
        CellValue value = CellValues.read(SheetCell.text(0, 1, text));
        // then
        assertThat(value.kind()).isEqualTo(CellValue.Kind.NOT_REPORTED);
    }

    @Test
    void readsAMissingOrBlankCellAsNotReported() {
        // given
        SheetCell blank = new SheetCell(0, "A1", CellKind.BLANK, "", null, false, null);
        // when / then
        assertThat(CellValues.read(blank)).isEqualTo(CellValue.NOT_REPORTED);
        assertThat(CellValues.read(null)).isEqualTo(CellValue.NOT_REPORTED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"约300", "300左右", "12,34", "1.2.3", "1e5", "三百", ",123", "12 34"})
    void readsAnythingElseAsInvalid(String text) {
        // when
        CellValue value = CellValues.read(SheetCell.text(0, 1, text));
        // then
        assertThat(value.isInvalid()).isTrue();
        assertThat(value.text()).isEqualTo(text.strip());
    }

    @Test
    void readsAnErrorCellAsInvalid() {
        // given
        SheetCell cell = new SheetCell(2, "C5", CellKind.ERROR, "#DIV/0!", null, false, null);
        // when
        CellValue value = CellValues.read(cell);
        // then
        assertThat(value.isInvalid()).isTrue();
        assertThat(value.text()).isEqualTo("#DIV/0!");
    }

    @Test
    void turnsAPercentCellIntoPointsOnlyForAPercentIndicator() {
        // given
        CellValue value = CellValues.read(SheetCell.number(0, 1, 0.88, true));
        // when / then
        assertThat(value.percent()).isTrue();
        assertThat(value.numberFor("%")).isEqualByComparingTo("88");
        assertThat(value.numberFor("%").toPlainString()).isEqualTo("88");
        assertThat(value.numberFor("家")).isEqualByComparingTo("0.88");
    }

    @Test
    void readsPercentTextLikeAPercentCell() {
        // given
        CellValue value = CellValues.read(SheetCell.text(0, 1, "８７.５％"));
        // when / then
        assertThat(value.percent()).isTrue();
        assertThat(value.number()).isEqualByComparingTo(new BigDecimal("0.875"));
        assertThat(value.numberFor("%").toPlainString()).isEqualTo("87.5");
    }
}
