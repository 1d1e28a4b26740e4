package cn.jingan.planwatch.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a {@link BlankForm} as the .xlsx a clerk fills in: the header block and table in the labels of spec
 * section 1, value cells open and checked (numbers only, within the row's rule), every other cell locked (sheet
 * protection without a password), the previous period's value greyed beside each row, and a 填报说明 sheet; each
 * sheet prints on one A4 page.
 */
public final class BlankFormWriter {

    /** The form sheet's name. */
    public static final String FORM_SHEET = "报表";
    /** The instructions sheet's name. */
    public static final String INSTRUCTIONS_SHEET = "填报说明";
    /** The table's header row, one-based, and its columns, in the labels the intake reads. */
    public static final int HEADER_ROW = 5;
    public static final List<String> COLUMNS = List.of("指标编码", "指标名称", "区域", "计量单位", "本期值", "", "备注");
    /** Zero-based columns of the table. */
    public static final int VALUE_COLUMN = 4;
    public static final int PREVIOUS_COLUMN = 5;

    private static final int[] WIDTHS = {10, 34, 14, 10, 14, 18, 22};
    private static final int INSTRUCTION_WIDTH = 56;
    private static final int TOTAL_WIDTH = java.util.Arrays.stream(WIDTHS).sum();
    private static final double MAX_NUMBER = 1e15;

    private BlankFormWriter() {}

    public static void write(BlankForm form, OutputStream out) throws IOException {
        PoiSettings.apply();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Styles styles = new Styles(workbook);
            formSheet(workbook.createSheet(FORM_SHEET), form, styles);
            instructionsSheet(workbook.createSheet(INSTRUCTIONS_SHEET), form.instructions(), styles);
            workbook.setActiveSheet(0);
            workbook.write(out);
        }
    }

    private static void formSheet(XSSFSheet sheet, BlankForm form, Styles styles) {
        for (int c = 0; c < WIDTHS.length; c++) {
            sheet.setColumnWidth(c, WIDTHS[c] * 256);
        }
        int last = WIDTHS.length - 1;
        cell(sheet, 0, 0, form.title(), styles.title);
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, last));
        sheet.getRow(0).setHeightInPoints(28);
        cell(sheet, 1, 0, "填报单位", styles.label);
        cell(sheet, 1, 1, form.bureauName(), styles.fixed);
        cell(sheet, 1, 3, "报告期", styles.label);
        cell(sheet, 1, 4, form.periodLabel(), styles.fixed);
        cell(sheet, 2, 0, "填报人", styles.label);
        cell(sheet, 2, 1, null, styles.open);
        cell(sheet, 2, 3, "联系电话", styles.label);
        cell(sheet, 2, 4, null, styles.open);
        cell(sheet, 2, 5, "填报日期", styles.label);
        cell(sheet, 2, 6, null, styles.open);

        int header = HEADER_ROW - 1;
        for (int c = 0; c < COLUMNS.size(); c++) {
            cell(sheet, header, c, c == PREVIOUS_COLUMN ? form.previousHeading() : COLUMNS.get(c), styles.heading);
        }
        sheet.getRow(header).setHeightInPoints(32);
        DataValidationHelper validations = sheet.getDataValidationHelper();
        for (int i = 0; i < form.rows().size(); i++) {
            BlankForm.Row row = form.rows().get(i);
            int r = header + 1 + i;
            cell(sheet, r, 0, row.code(), styles.fixed);
            cell(sheet, r, 1, row.name(), styles.fixed);
            cell(sheet, r, 2, row.area(), styles.fixed);
            cell(sheet, r, 3, row.unit(), styles.fixed);
            cell(sheet, r, VALUE_COLUMN, null, styles.value);
            Cell previous = cell(sheet, r, PREVIOUS_COLUMN, null, styles.previous);
            if (row.previous() != null) {
                previous.setCellValue(row.previous().doubleValue());
            }
            cell(sheet, r, 6, null, styles.open);
            sheet.addValidationData(validation(validations, row.rule(), new CellRangeAddressList(r, r, VALUE_COLUMN,
                    VALUE_COLUMN)));
        }
        int note = header + form.rows().size() + 2;
        cell(sheet, note, 0, form.footnote(), styles.note);
        sheet.addMergedRegion(new CellRangeAddress(note, note, 0, last));
        sheet.getRow(note).setHeightInPoints(16f * TextWidth.lines(form.footnote(), TOTAL_WIDTH));

        sheet.createFreezePane(0, HEADER_ROW);
        protect(sheet);
        onOnePage(sheet, true);
    }

    private static void instructionsSheet(XSSFSheet sheet, List<String> lines, Styles styles) {
        sheet.setColumnWidth(0, (INSTRUCTION_WIDTH + 16) * 256);
        cell(sheet, 0, 0, INSTRUCTIONS_SHEET, styles.title);
        int row = 1;
        for (String line : lines) {
            for (String piece : TextWidth.pieces(line, INSTRUCTION_WIDTH)) {
                cell(sheet, row++, 0, piece, styles.plain);
            }
            row++;
        }
        protect(sheet);
        onOnePage(sheet, false);
    }

    private static DataValidation validation(DataValidationHelper helper, BlankForm.ValueRule rule,
                                             CellRangeAddressList cells) {
        DataValidationConstraint constraint = switch (rule) {
            case ANY_NUMBER -> helper.createDecimalConstraint(OperatorType.BETWEEN, number(-MAX_NUMBER),
                    number(MAX_NUMBER));
            case NOT_NEGATIVE -> helper.createDecimalConstraint(OperatorType.BETWEEN, "0", number(MAX_NUMBER));
            case WHOLE_FROM_ONE -> helper.createIntegerConstraint(OperatorType.BETWEEN, "1", "100000");
        };
        String wanted = switch (rule) {
            case ANY_NUMBER -> "请填写数字（可为负数），不要填写文字或单位。";
            case NOT_NEGATIVE -> "请填写不小于 0 的数字，不要填写文字、单位或负数。";
            case WHOLE_FROM_ONE -> "请填写名次，为 1 或以上的整数。";
        };
        DataValidation validation = helper.createValidation(constraint, cells);
        validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
        validation.setShowErrorBox(true);
        validation.createErrorBox("请填写数字", wanted + "没有数据的请留空。");
        validation.setShowPromptBox(true);
        validation.createPromptBox("本期值", wanted);
        validation.setEmptyCellAllowed(true);
        return validation;
    }

    private static String number(double value) {
        return CellRefs.plain(value);
    }

    /** Locked cells cannot be changed, open ones can; no password, so a clerk may lift it from the menu. */
    private static void protect(XSSFSheet sheet) {
        sheet.enableLocking();
        sheet.lockFormatColumns(false);
        sheet.lockFormatRows(false);
    }

    private static void onOnePage(XSSFSheet sheet, boolean landscape) {
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(landscape);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 1);
        sheet.setFitToPage(true);
        sheet.setHorizontallyCenter(true);
        sheet.setMargin(XSSFSheet.LeftMargin, 0.4);
        sheet.setMargin(XSSFSheet.RightMargin, 0.4);
        sheet.setMargin(XSSFSheet.TopMargin, 0.5);
        sheet.setMargin(XSSFSheet.BottomMargin, 0.5);
    }

    private static Cell cell(XSSFSheet sheet, int row, int column, String text, CellStyle style) {
        XSSFRow r = sheet.getRow(row) == null ? sheet.createRow(row) : sheet.getRow(row);
        Cell cell = r.createCell(column);
        if (text != null) {
            cell.setCellValue(text);
        }
        cell.setCellStyle(style);
        return cell;
    }

    /** The form's cell styles: locked labels, open value cells, greyed reference values. */
    private static final class Styles {
        final CellStyle title;
        final CellStyle label;
        final CellStyle fixed;
        final CellStyle heading;
        final CellStyle value;
        final CellStyle open;
        final CellStyle previous;
        final CellStyle note;
        final CellStyle plain;

        Styles(XSSFWorkbook workbook) {
            Font bold = font(workbook, true, 11, IndexedColors.BLACK);
            title = workbook.createCellStyle();
            title.setFont(font(workbook, true, 16, IndexedColors.BLACK));
            title.setAlignment(org.apache.poi.ss.usermodel.HorizontalAlignment.CENTER);
            title.setVerticalAlignment(VerticalAlignment.CENTER);
            label = bordered(workbook);
            label.setFont(bold);
            fixed = bordered(workbook);
            heading = bordered(workbook);
            heading.setFont(bold);
            heading.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            heading.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            value = bordered(workbook);
            value.setLocked(false);
            value.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
            value.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            open = bordered(workbook);
            open.setLocked(false);
            previous = bordered(workbook);
            previous.setFont(font(workbook, false, 11, IndexedColors.GREY_50_PERCENT));
            previous.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            previous.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            note = workbook.createCellStyle();
            note.setWrapText(true);
            note.setVerticalAlignment(VerticalAlignment.TOP);
            plain = workbook.createCellStyle();
        }

        private static CellStyle bordered(XSSFWorkbook workbook) {
            CellStyle style = workbook.createCellStyle();
            style.setBorderTop(BorderStyle.THIN);
            style.setBorderBottom(BorderStyle.THIN);
            style.setBorderLeft(BorderStyle.THIN);
            style.setBorderRight(BorderStyle.THIN);
            style.setWrapText(true);
            style.setVerticalAlignment(VerticalAlignment.CENTER);
            return style;
        }

        private static Font font(XSSFWorkbook workbook, boolean bold, int points, IndexedColors colour) {
            Font font = workbook.createFont();
            font.setBold(bold);
            font.setFontHeightInPoints((short) points);
            font.setColor(colour.getIndex());
            return font;
        }
    }
}
