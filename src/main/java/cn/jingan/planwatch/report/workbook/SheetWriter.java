package cn.jingan.planwatch.report.workbook;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/** Writes cells into one sheet row by row, and sets it up to print on A4 landscape, fit to the page width. */
final class SheetWriter {

    private final XSSFSheet sheet;
    private final Styles styles;
    private int next;

    SheetWriter(XSSFSheet sheet, Styles styles) {
        this.sheet = sheet;
        this.styles = styles;
    }

    /** The next row, below the last one written. */
    XSSFRow row() {
        return sheet.createRow(next++);
    }

    /** Skips a row. */
    void gap() {
        next++;
    }

    /** The index of the next row. */
    int position() {
        return next;
    }

    /** A header row of {@code labels}, repeated on every printed page and frozen on screen. */
    void header(String... labels) {
        int at = labels(labels);
        sheet.createFreezePane(0, at + 1);
        sheet.setRepeatingRows(new CellRangeAddress(at, at, 0, labels.length - 1));
    }

    /** A row of header cells; returns its index. */
    int labels(String... labels) {
        int at = next;
        XSSFRow row = row();
        for (int i = 0; i < labels.length; i++) {
            text(row, i, labels[i], styles.header());
        }
        return at;
    }

    /** A text cell. */
    static XSSFCell text(XSSFRow row, int column, String value, XSSFCellStyle style) {
        XSSFCell cell = styled(row, column, style);
        if (value != null) {
            cell.setCellValue(value);
        }
        return cell;
    }

    private static XSSFCell styled(XSSFRow row, int column, XSSFCellStyle style) {
        XSSFCell cell = row.createCell(column);
        cell.setCellStyle(style);
        return cell;
    }

    /** A numeric cell, blank for null. */
    static XSSFCell number(XSSFRow row, int column, BigDecimal value, XSSFCellStyle style) {
        XSSFCell cell = styled(row, column, style);
        if (value != null) {
            cell.setCellValue(value.doubleValue());
        }
        return cell;
    }

    /** A numeric cell holding a count, blank for null. */
    static XSSFCell count(XSSFRow row, int column, Long value, XSSFCellStyle style) {
        return number(row, column, value == null ? null : BigDecimal.valueOf(value), style);
    }

    /** A date cell, blank for null. */
    static XSSFCell date(XSSFRow row, int column, LocalDate value, XSSFCellStyle style) {
        XSSFCell cell = styled(row, column, style);
        if (value != null) {
            cell.setCellValue(value);
        }
        return cell;
    }

    /** A date-time cell on the plan's clock, blank for null. */
    static XSSFCell time(XSSFRow row, int column, Instant value, ZoneId zone, XSSFCellStyle style) {
        XSSFCell cell = styled(row, column, style);
        if (value != null) {
            cell.setCellValue(LocalDateTime.ofInstant(value, zone));
        }
        return cell;
    }

    /** Column widths in characters, and the page set up for A4 landscape, fit to one page wide. */
    void layout(int... widths) {
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, widths[i] * 256);
        }
        sheet.setFitToPage(true);
        sheet.setAutobreaks(true);
        PrintSetup print = sheet.getPrintSetup();
        print.setPaperSize(PrintSetup.A4_PAPERSIZE);
        print.setLandscape(true);
        print.setFitWidth((short) 1);
        print.setFitHeight((short) 0);
        sheet.setMargin(PageMargin.LEFT, 0.4);
        sheet.setMargin(PageMargin.RIGHT, 0.4);
        sheet.setMargin(PageMargin.TOP, 0.6);
        sheet.setMargin(PageMargin.BOTTOM, 0.6);
        sheet.getHeader().setCenter("静安区“十四五”规划主要指标中期评估 — " + sheet.getSheetName());
        sheet.getFooter().setCenter("第 &P 页，共 &N 页");
    }
}
