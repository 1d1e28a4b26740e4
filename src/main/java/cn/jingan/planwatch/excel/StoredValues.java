package cn.jingan.planwatch.excel;

import java.time.LocalDate;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;

/** Turns the raw values both file formats store into {@link SheetCell}s. */
final class StoredValues {

    private StoredValues() {}

    /** A number as its format presents it: a date, a percentage (the fraction kept) or a plain number. */
    static SheetCell number(int column, int row, double value, NumberStyle style, boolean date1904) {
        if (!Double.isFinite(value)) {
            return SheetCell.text(column, row, Double.toString(value));
        }
        if (style == NumberStyle.DATE && DateUtil.isValidExcelDate(value)) {
            LocalDate date = excelDate(value, date1904);
            if (date != null) {
                return SheetCell.date(column, row, date);
            }
        }
        return SheetCell.number(column, row, value, style == NumberStyle.PERCENT);
    }

    /** The text Excel shows for an error code of the binary format, e.g. 7 is {@code #DIV/0!}. */
    static SheetCell errorCode(int column, int row, int code) {
        String text;
        try {
            text = FormulaError.forInt(code).getString();
        } catch (IllegalArgumentException unknownCode) {
            text = "#ERROR!";
        }
        return SheetCell.error(column, row, text);
    }

    private static LocalDate excelDate(double value, boolean date1904) {
        try {
            var dateTime = DateUtil.getLocalDateTime(value, date1904);
            return dateTime == null ? null : dateTime.toLocalDate();
        } catch (RuntimeException outOfRange) {
            return null;
        }
    }
}
