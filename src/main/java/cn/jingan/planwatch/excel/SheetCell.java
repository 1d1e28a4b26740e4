package cn.jingan.planwatch.excel;

import java.time.LocalDate;

/**
 * One non-empty cell as a reader saw it.
 *
 * @param column  zero-based column index
 * @param ref     A1-style reference, e.g. {@code D7}
 * @param kind    what the cell holds (formulas by their cached value)
 * @param text    the text as stored (TEXT, ERROR such as {@code #DIV/0!}), or the number as written
 * @param number  the numeric value for NUMBER cells, else null
 * @param percent true when the cell's number format is a percentage (0.88 shown as 88%)
 * @param date    the date for DATE cells (numbers with a date format), else null
 */
public record SheetCell(int column, String ref, CellKind kind, String text, Double number, boolean percent,
                        LocalDate date) {

    public static SheetCell text(int column, int row, String text) {
        return new SheetCell(column, CellRefs.ref(column, row), CellKind.TEXT, text, null, false, null);
    }

    public static SheetCell number(int column, int row, double value, boolean percent) {
        return new SheetCell(column, CellRefs.ref(column, row), CellKind.NUMBER, CellRefs.plain(value), value, percent, null);
    }

    public static SheetCell date(int column, int row, LocalDate date) {
        return new SheetCell(column, CellRefs.ref(column, row), CellKind.DATE, date.toString(), null, false, date);
    }

    public static SheetCell bool(int column, int row, boolean value) {
        return new SheetCell(column, CellRefs.ref(column, row), CellKind.BOOLEAN, value ? "TRUE" : "FALSE", null, false,
                null);
    }

    /** An error value such as {@code #DIV/0!} or {@code #N/A}, as Excel shows it. */
    public static SheetCell error(int column, int row, String errorText) {
        return new SheetCell(column, CellRefs.ref(column, row), CellKind.ERROR, errorText, null, false, null);
    }

    /** A formula saved without its result: the value it stands for is not in the file. */
    public static SheetCell uncalculated(int column, int row) {
        return new SheetCell(column, CellRefs.ref(column, row), CellKind.UNCALCULATED, "", null, false, null);
    }

    public boolean isBlank() {
        return kind == CellKind.BLANK || (kind == CellKind.TEXT && text.isBlank());
    }
}
