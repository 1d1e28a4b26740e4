package cn.jingan.planwatch.template;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jingan.planwatch.catalog.Catalog;
import cn.jingan.planwatch.catalog.Period;
import cn.jingan.planwatch.datadir.DataDirectory;
import cn.jingan.planwatch.excel.BlankFormWriter;
import cn.jingan.planwatch.excel.PrintedPdf;
import cn.jingan.planwatch.template.FilledTemplates.Line;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.DataValidationConstraint.ValidationType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFDataValidation;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The blank return each bureau gets for a period, read back with POI as Excel would open it: what it lists, what
 * its value cells accept, what is locked, how it prints; and rendered to PDF by LibreOffice to see it fit its page.
 */
class TemplatesTest {

    private static final Catalog CATALOG = Catalog.load();

    @TempDir
    Path dir;

    @Test
    void eachBureauThatOwesTheQuartersReturnGetsOneAndTheOthersNone() {
        // when
        List<Path> written = templates(Period.parse("2024-Q3"));

        // then: planning, health and sports report yearly only
        assertThat(written).extracting(p -> p.getParent().getFileName().toString()).containsExactlyInAnyOrder(
                "commerce", "finance", "scitech", "market", "housing", "greening", "construction", "drc");
        assertThat(written).allMatch(p -> p.getFileName().toString().equals("template_2024-Q3.xlsx"));
    }

    @Test
    void aTemplateHasItsHeaderBlockFilledAndListsExactlyTheIndicatorsOwedWithCodeNameAreaAndUnit()
            throws IOException {
        // when
        Path file = only(templates(Period.parse("2024-Q3")), "commerce");

        // then: commerce's quarterly ones; monthly I03 and annual I04, I05 have their own templates
        try (XSSFWorkbook workbook = open(file)) {
            XSSFSheet form = workbook.getSheet(BlankFormWriter.FORM_SHEET);
            assertThat(workbook.getSheetIndex(form)).isZero();
            assertThat(text(form, 1, 0)).isEqualTo("填报单位");
            assertThat(text(form, 1, 1)).isEqualTo("区商务委");
            assertThat(text(form, 1, 3)).isEqualTo("报告期");
            assertThat(text(form, 1, 4)).isEqualTo("2024年第3季度");
            assertThat(rowTexts(form, BlankFormWriter.HEADER_ROW - 1)).startsWith("指标编码", "指标名称", "区域", "计量单位",
                    "本期值", "上期值（2024年第2季度，仅供参考）");
            assertThat(FilledTemplates.lines(form).keySet()).containsExactly(new Line("I01", "静安区"),
                    new Line("I02", "静安区"), new Line("I06", "静安区"));
            assertThat(rowTexts(form, BlankFormWriter.HEADER_ROW).subList(0, 4))
                    .containsExactly("I01", "全球服务机构数", "静安区", "家");
        }
    }

    @Test
    void aPerAreaIndicatorHasOneRowPerStreetAndTheTown() throws IOException {
        // when
        Path file = only(templates(Period.parse("2024")), "health");

        // then
        try (XSSFWorkbook workbook = open(file)) {
            Map<Line, Row> lines = FilledTemplates.lines(workbook.getSheet(BlankFormWriter.FORM_SHEET));
            assertThat(lines.keySet()).first().isEqualTo(new Line("I22", "静安区"));
            assertThat(lines.keySet().stream().filter(l -> l.code().equals("I23")).map(Line::area).toList())
                    .containsExactlyElementsOf(CATALOG.areas().stream().filter(a -> !a.isDistrict())
                            .map(a -> a.nameZh()).toList());
        }
    }

    @Test
    void valueCellsTakeNumbersOnlyAndNoNegativeWhereTheKindForbidsItAndRanksAreWholeNumbersFromOne()
            throws IOException {
        // when: commerce's 2024 return holds I04 (a rank) and I05 (a level)
        Path commerce = only(templates(Period.parse("2024")), "commerce");
        Path housing = only(templates(Period.parse("2024-Q3")), "housing");

        // then
        try (XSSFWorkbook workbook = open(commerce)) {
            XSSFSheet form = workbook.getSheet(BlankFormWriter.FORM_SHEET);
            assertThat(validationAt(form, "E6").getValidationConstraint().getValidationType())
                    .isEqualTo(ValidationType.INTEGER);
            assertThat(validationAt(form, "E6").getValidationConstraint().getFormula1()).isEqualTo("1");
            assertThat(validationAt(form, "E7").getValidationConstraint().getValidationType())
                    .isEqualTo(ValidationType.DECIMAL);
            assertThat(Double.parseDouble(validationAt(form, "E7").getValidationConstraint().getFormula1()))
                    .isNegative();
        }
        try (XSSFWorkbook workbook = open(housing)) {
            XSSFDataValidation flow = validationAt(workbook.getSheet(BlankFormWriter.FORM_SHEET), "E6");
            assertThat(flow.getValidationConstraint().getValidationType()).isEqualTo(ValidationType.DECIMAL);
            assertThat(flow.getValidationConstraint().getOperator()).isEqualTo(OperatorType.BETWEEN);
            assertThat(flow.getValidationConstraint().getFormula1()).isEqualTo("0");
            assertThat(flow.getErrorStyle()).isEqualTo(DataValidation.ErrorStyle.STOP);
            assertThat(flow.getShowErrorBox()).isTrue();
            assertThat(flow.getErrorBoxText()).contains("不小于 0 的数字");
        }
    }

    @Test
    void labelCellsAreLockedValueCellsOpenAndTheSheetProtectedWithoutAPassword() throws IOException {
        // when
        Path file = only(templates(Period.parse("2024-Q3")), "housing");

        // then
        try (XSSFWorkbook workbook = open(file)) {
            XSSFSheet form = workbook.getSheet(BlankFormWriter.FORM_SHEET);
            assertThat(form.getProtect()).isTrue();
            assertThat(form.getCTWorksheet().getSheetProtection().isSetPassword()).isFalse();
            assertThat(form.getCTWorksheet().getSheetProtection().isSetHashValue()).isFalse();
            Row first = form.getRow(BlankFormWriter.HEADER_ROW);
            for (int c = 0; c < 4; c++) {
                assertThat(first.getCell(c).getCellStyle().getLocked()).as("column %d", c).isTrue();
            }
            assertThat(form.getRow(1).getCell(1).getCellStyle().getLocked()).isTrue();
            assertThat(form.getRow(1).getCell(4).getCellStyle().getLocked()).isTrue();
            assertThat(first.getCell(BlankFormWriter.VALUE_COLUMN).getCellStyle().getLocked()).isFalse();
            assertThat(first.getCell(BlankFormWriter.PREVIOUS_COLUMN).getCellStyle().getLocked()).isTrue();
            assertThat(workbook.getSheet(BlankFormWriter.INSTRUCTIONS_SHEET).getProtect()).isTrue();
        }
    }

    @Test
    void theInstructionsSheetGivesTheRulesOfAReturnInAClerksWords() throws IOException {
        // when
        Path file = only(templates(Period.parse("2024-Q3")), "housing");

        // then
        try (XSSFWorkbook workbook = open(file)) {
            XSSFSheet sheet = workbook.getSheet(BlankFormWriter.INSTRUCTIONS_SHEET);
            StringBuilder all = new StringBuilder();
            sheet.forEach(row -> all.append(row.getCell(0).getStringCellValue()));
            assertThat(all.toString()).contains("区房管局 2024年第3季度", "2024年10月15日前", "inbox/housing/", "只填数字",
                    "万平方米", "按街道（镇）填报", "只能出现一次", "整份退回", "只含要更正数据的新文件", "回执", "没有密码");
        }
    }

    @Test
    void eachSheetIsSetToPrintOnOneA4Page() throws IOException {
        // when
        Path file = only(templates(Period.parse("2024")), "health");

        // then
        try (XSSFWorkbook workbook = open(file)) {
            for (XSSFSheet sheet : List.of(workbook.getSheetAt(0), workbook.getSheetAt(1))) {
                assertThat(sheet.getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
                assertThat(sheet.getFitToPage()).isTrue();
                assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
                assertThat(sheet.getPrintSetup().getFitHeight()).isEqualTo((short) 1);
            }
        }
    }

    @Test
    void theLongestTemplatePrintedByLibreOfficeGivesOnePagePerSheetWithEveryRowOnTheFormsPage() throws Exception {
        // given: health's yearly return, 15 rows, the longest of all
        Path file = only(templates(Period.parse("2024")), "health");

        // when
        Path pdf = PrintedPdf.keep(PrintedPdf.render(file, Files.createDirectories(dir.resolve("pdf"))),
                "template_health_2024.pdf");

        // then: the form on page 1, 填报说明 on page 2, nothing spilled
        assertThat(PrintedPdf.pages(pdf)).isEqualTo(2);
        String form = PrintedPdf.text(pdf, 1);
        assertThat(form).contains("区卫健委", "2024年", "I22", "彭浦镇", "注：");
        assertThat(form.split("I23", -1)).hasSize(15);
        assertThat(PrintedPdf.text(pdf, 2)).contains("填报说明", "一、本表是", "九、", "撤销工作表保护");
    }

    // ---- building and reading the files

    private List<Path> templates(Period period) {
        return new Templates(CATALOG, new DataDirectory(dir.resolve("data"))).write(period, CATALOG.bureaus(),
                dir.resolve("out"));
    }

    private static Path only(List<Path> written, String bureau) {
        return written.stream().filter(p -> p.getParent().getFileName().toString().equals(bureau)).findFirst()
                .orElseThrow(() -> new AssertionError("no template for " + bureau + " in " + written));
    }

    private static XSSFWorkbook open(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    private static String text(XSSFSheet sheet, int row, int column) {
        return sheet.getRow(row).getCell(column).getStringCellValue();
    }

    private static List<String> rowTexts(XSSFSheet sheet, int row) {
        return java.util.stream.StreamSupport.stream(sheet.getRow(row).spliterator(), false)
                .map(c -> c.getStringCellValue()).toList();
    }

    private static XSSFDataValidation validationAt(XSSFSheet sheet, String cell) {
        org.apache.poi.ss.util.CellReference ref = new org.apache.poi.ss.util.CellReference(cell);
        return sheet.getDataValidations().stream().filter(v -> java.util.Arrays.stream(
                        v.getRegions().getCellRangeAddresses()).anyMatch(r -> r.isInRange(ref.getRow(), ref.getCol())))
                .findFirst().orElseThrow(() -> new AssertionError("no validation at " + cell));
    }
}
