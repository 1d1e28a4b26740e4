package cn.jingan.planwatch.excel;

import static cn.jingan.planwatch.excel.TestWorkbooks.RETURN_SHEET;
import static cn.jingan.planwatch.excel.TestWorkbooks.SECOND_SHEET;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What a reader delivers from a real return, the same for .xlsx and legacy .xls. */
class PoiWorkbookReaderCellsTest {

    @TempDir
    Path dir;

    private final PoiWorkbookReader reader = new PoiWorkbookReader(ReadLimits.DEFAULT);

    private RecordingVisitor read(String extension) throws Exception {
        Path file = TestWorkbooks.sampleReturn(dir, extension);
        RecordingVisitor visitor = new RecordingVisitor();
        reader.read(file, visitor);
        return visitor;
    }

    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "xls"})
    void showsOnlyVisibleSheetsInWorkbookOrder(String extension) throws Exception {
        // given a workbook with a hidden and a very hidden sheet before two visible ones
        // when
        RecordingVisitor visitor = read(extension);
        // then
        assertThat(visitor.sheets.keySet()).containsExactly(RETURN_SHEET, SECOND_SHEET);
        assertThat(visitor.rows(SECOND_SHEET)).containsExactly(
                new SheetRow(3, java.util.List.of(SheetCell.text(1, 3, "附注"))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "xls"})
    void mergedTitleHoldsItsValueInTheTopLeftCellOnly(String extension) throws Exception {
        // given a title merged over A1:D1
        // when
        RecordingVisitor visitor = read(extension);
        // then
        assertThat(visitor.row(RETURN_SHEET, 1).cells())
                .containsExactly(SheetCell.text(0, 1, "静安区“十四五”规划指标季度报表"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "xls"})
    void deliversRowsOneBasedWithEmptyRowsLeftOut(String extension) throws Exception {
        // given rows 1, 2, 4-8 filled and row 3 empty
        // when
        RecordingVisitor visitor = read(extension);
        // then
        assertThat(visitor.rows(RETURN_SHEET)).extracting(SheetRow::number).containsExactly(1, 2, 4, 5, 6, 7, 8);
        assertThat(visitor.row(RETURN_SHEET, 2).cells()).containsExactly(
                SheetCell.text(0, 2, "填报单位：区发展改革委"),
                SheetCell.text(2, 2, "报告期"),
                SheetCell.text(3, 2, "2024年第3季度"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "xls"})
    void keepsThePercentageAsAFractionAndMarksIt(String extension) throws Exception {
        // given 0.88 formatted as 0.00%
        // when
        RecordingVisitor visitor = read(extension);
        // then
        assertThat(visitor.cell(RETURN_SHEET, "C5"))
                .isEqualTo(new SheetCell(2, "C5", CellKind.NUMBER, "0.88", 0.88, true, null));
        assertThat(visitor.cell(RETURN_SHEET, "D8"))
                .isEqualTo(new SheetCell(3, "D8", CellKind.NUMBER, "1234.5", 1234.5, false, null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "xls"})
    void readsFormulasByTheirCachedResults(String extension) throws Exception {
        // given formulas C5*100+12, "万"&"元", 1/0 and C5>0.5
        // when
        RecordingVisitor visitor = read(extension);
        // then
        assertThat(visitor.row(RETURN_SHEET, 6).cells()).containsExactly(
                SheetCell.text(0, 6, "S1-02"),
                SheetCell.number(2, 6, 100.0, false),
                SheetCell.text(3, 6, "万元"));
        assertThat(visitor.cell(RETURN_SHEET, "C7"))
                .isEqualTo(new SheetCell(2, "C7", CellKind.ERROR, "#DIV/0!", null, false, null));
        assertThat(visitor.cell(RETURN_SHEET, "D7"))
                .isEqualTo(new SheetCell(3, "D7", CellKind.BOOLEAN, "TRUE", null, false, null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "xls"})
    void readsDateFormattedNumbersAsDatesAndBooleansAsBooleans(String extension) throws Exception {
        // given 2024-10-08 formatted yyyy-mm-dd and a TRUE constant
        // when
        RecordingVisitor visitor = read(extension);
        // then
        assertThat(visitor.cell(RETURN_SHEET, "B8")).isEqualTo(
                new SheetCell(1, "B8", CellKind.DATE, "2024-10-08", null, false, LocalDate.of(2024, 10, 8)));
        assertThat(visitor.cell(RETURN_SHEET, "C8")).isEqualTo(SheetCell.bool(2, 8, true));
    }
}
