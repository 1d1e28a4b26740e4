package cn.jingan.planwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jingan.planwatch.report.StatusColors;
import cn.jingan.planwatch.warehouse.LineageRow;
import cn.jingan.planwatch.warehouse.MidtermRow;
import cn.jingan.planwatch.warehouse.SectionSummaryRow;
import cn.jingan.planwatch.warehouse.WarehouseReader;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.ConditionType;
import org.apache.poi.ss.usermodel.ConditionalFormatting;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code report --xlsx} on the sample returns, reopened with POI: every figure is a number equal to
 * {@code midterm_progress(as_of, known_at)} at the same clocks, every indicator has a chart, every source is listed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportWorkbookIntegrationTests {

    static final String AS_OF = "2024-06-30";
    static final String KNOWN_AT = "2024-07-10T00:00:00Z";

    XSSFWorkbook workbook;
    List<MidtermRow> rows;
    List<SectionSummaryRow> sections;
    List<LineageRow> lineage;
    String output;

    @BeforeAll
    void writeTheWorkbook(@TempDir Path dir) throws Exception {
        Path dataDir = SampleRun.dataDir();
        Path file = dir.resolve("中期评估.xlsx");
        assertThat(SampleRun.execute("report", "--data-dir", dataDir.toString(), "--as-of", AS_OF,
                "--known-at", KNOWN_AT, "--xlsx", file.toString())).isZero();
        try (WarehouseReader reader = WarehouseReader.open(dataDir.resolve("warehouse.duckdb"))) {
            rows = reader.midterm(LocalDate.parse(AS_OF), Instant.parse(KNOWN_AT));
            sections = reader.sectionSummary(LocalDate.parse(AS_OF), Instant.parse(KNOWN_AT));
            lineage = reader.lineage(LocalDate.parse(AS_OF), Instant.parse(KNOWN_AT));
        }
        workbook = new XSSFWorkbook(file.toFile());
    }

    @AfterAll
    void close() throws Exception {
        workbook.close();
    }

    @Test
    void putsTheEvaluationDateTheCutoffAndTheKnowledgeTimeWithItsZoneOnTheCover() {
        // when
        XSSFSheet cover = workbook.getSheet("封面");

        // then
        assertThat(workbook.getSheetIndex(cover)).isZero();
        assertThat(cell(cover, 2, 1).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.parse(AS_OF));
        LocalDate cutoff = rows.stream().map(MidtermRow::cutoff).filter(d -> d != null && !d.isAfter(
                LocalDate.parse(AS_OF))).max(LocalDate::compareTo).orElseThrow();
        assertThat(cell(cover, 3, 1).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(cutoff);
        assertThat(cell(cover, 4, 1).getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.parse("2024-07-10T08:00:00"));
        assertThat(cell(cover, 4, 1).getCellStyle().getDataFormatString()).contains("北京时间（UTC+8）");
    }

    @Test
    void givesEachPlanSectionASheetWhoseFiguresAreTheNumbersOfTheEvaluation() {
        for (SectionSummaryRow section : sections) {
            // when
            XSSFSheet sheet = workbook.getSheet(section.section() + " " + section.sectionName());
            List<MidtermRow> expected = rows.stream()
                    .filter(r -> r.areaCode().equals("JA") && r.section().equals(section.section())).toList();

            // then
            assertThat(sheet).as(section.section()).isNotNull();
            assertThat(sheet.getLastRowNum()).isEqualTo(expected.size());
            for (int i = 0; i < expected.size(); i++) {
                assertRowShows(sheet.getRow(i + 1), expected.get(i));
            }
        }
    }

    @Test
    void listsEveryStreetRowOfThePerAreaIndicators() {
        // when
        XSSFSheet sheet = workbook.getSheet("分街镇");
        List<MidtermRow> expected = rows.stream().filter(r -> !r.areaCode().equals("JA")).toList();

        // then
        assertThat(expected).isNotEmpty();
        assertThat(sheet.getLastRowNum()).isEqualTo(expected.size());
        for (int i = 0; i < expected.size(); i++) {
            assertRowShows(sheet.getRow(i + 1), expected.get(i));
        }
    }

    @Test
    void barsProgressAndElapsedFromZeroToOneHundredPercent() {
        // when
        XSSFSheet sheet = workbook.getSheet(sections.get(0).section() + " " + sections.get(0).sectionName());
        List<String> barred = new ArrayList<>();
        for (int i = 0; i < sheet.getSheetConditionalFormatting().getNumConditionalFormattings(); i++) {
            ConditionalFormatting format = sheet.getSheetConditionalFormatting().getConditionalFormattingAt(i);
            if (format.getRule(0).getConditionType() == ConditionType.DATA_BAR) {
                barred.add(format.getFormattingRanges()[0].formatAsString());
            }
        }

        // then: 序时进度 (N) and 进度 (O) over every data row
        int last = sheet.getLastRowNum() + 1;
        assertThat(barred).containsExactlyInAnyOrder("N2:N" + last, "O2:O" + last);
        assertThat(cell(sheet, 1, 14).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
    }

    @Test
    void drawsAChartForEveryIndicator() {
        // when
        XSSFSheet charts = workbook.getSheet("趋势图");
        List<String> titles = charts.getDrawingPatriarch().getCharts().stream()
                .map(XSSFChart::getTitleText).map(Object::toString).toList();

        // then
        List<MidtermRow> district = rows.stream().filter(r -> r.areaCode().equals("JA")).toList();
        assertThat(titles).containsExactlyInAnyOrderElementsOf(district.stream()
                .map(r -> r.indicatorCode() + " " + r.indicatorName() + "（" + (r.areasTotal() != null ? "达标街镇数"
                        : r.unit()) + "）").toList());
        assertThat(charts.getDrawingPatriarch().getCharts().get(0).getChartSeries().get(0).getSeriesCount())
                .isEqualTo(3);
    }

    @Test
    void tracksTheReturnsOfEveryBureauAndTheSourceOfEveryFigure() {
        // when
        XSSFSheet tracker = workbook.getSheet("报送情况");
        XSSFSheet sources = workbook.getSheet("数据来源");

        // then
        assertThat(tracker.getRow(0).getCell(4).getStringCellValue()).isEqualTo("逾期未报");
        assertThat(cell(tracker, 1, 4).getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(sources.getLastRowNum()).isEqualTo(lineage.size());
        for (int i = 0; i < lineage.size(); i++) {
            LineageRow expected = lineage.get(i);
            XSSFRow row = sources.getRow(i + 1);
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo(expected.indicatorCode());
            assertThat(row.getCell(4).getNumericCellValue()).isEqualTo(expected.value().doubleValue());
            assertThat(row.getCell(8).getStringCellValue()).isEqualTo(expected.sourceFile());
            assertThat(row.getCell(9).getStringCellValue()).isEqualTo(expected.sourceSheet());
            assertThat(row.getCell(10).getStringCellValue()).isEqualTo(expected.sourceCell());
        }
    }

    @Test
    void printsEverySheetOnA4FitToThePageWidth() {
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            XSSFSheet sheet = workbook.getSheetAt(i);
            assertThat(sheet.getPrintSetup().getPaperSize()).as(sheet.getSheetName()).isEqualTo(PrintSetup.A4_PAPERSIZE);
            assertThat(sheet.getFitToPage()).as(sheet.getSheetName()).isTrue();
            assertThat(sheet.getPrintSetup().getFitWidth()).as(sheet.getSheetName()).isEqualTo((short) 1);
        }
    }

    private static void assertRowShows(XSSFRow row, MidtermRow expected) {
        String what = expected.indicatorCode() + "/" + expected.areaCode();
        assertThat(row.getCell(0).getStringCellValue()).as(what).isEqualTo(expected.indicatorCode());
        assertThat(row.getCell(2).getStringCellValue()).as(what).isEqualTo(expected.areaCode());
        assertNumber(row, 7, expected.target(), what);
        assertNumber(row, 8, expected.targetMax(), what);
        assertNumber(row, 9, expected.baseline(), what);
        assertNumber(row, 10, expected.latest(), what);
        assertNumber(row, 11, expected.cumulative(), what);
        assertNumber(row, 13, expected.elapsed(), what);
        assertNumber(row, 14, expected.progress(), what);
        assertNumber(row, 16, expected.projected(), what);
        assertNumber(row, 18, expected.areasMet() == null ? null : BigDecimal.valueOf(expected.areasMet()), what);
        assertNumber(row, 19, expected.areasTotal() == null ? null : BigDecimal.valueOf(expected.areasTotal()), what);
        assertNumber(row, 20, expected.yoyChange(), what);
        if (expected.cutoff() != null) {
            assertThat(row.getCell(12).getLocalDateTimeCellValue().toLocalDate()).as(what).isEqualTo(expected.cutoff());
        }
        XSSFCell status = row.getCell(15);
        assertThat(status.getStringCellValue()).as(what).isEqualTo(expected.statusZh());
        assertThat(HexFormat.of().formatHex(status.getCellStyle().getFillForegroundColorColor().getRGB()))
                .as(what).isEqualToIgnoringCase(StatusColors.hex(expected.status()));
        assertThat(row.getCell(17).getStringCellValue()).as(what)
                .isEqualTo(expected.willMeet() == null ? "" : expected.willMeet() ? "是" : "否");
    }

    private static void assertNumber(XSSFRow row, int column, BigDecimal expected, String what) {
        XSSFCell cell = row.getCell(column);
        if (expected == null) {
            assertThat(cell.getCellType()).as(what + " column " + column).isEqualTo(CellType.BLANK);
        } else {
            assertThat(cell.getCellType()).as(what + " column " + column).isEqualTo(CellType.NUMERIC);
            assertThat(cell.getNumericCellValue()).as(what + " column " + column).isEqualTo(expected.doubleValue());
        }
    }

    private static XSSFCell cell(XSSFSheet sheet, int row, int column) {
        return sheet.getRow(row).getCell(column);
    }
}
