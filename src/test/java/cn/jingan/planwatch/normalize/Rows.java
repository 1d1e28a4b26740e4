package cn.jingan.planwatch.normalize;

import cn.jingan.planwatch.excel.CellKind;
import cn.jingan.planwatch.excel.CellRefs;
import cn.jingan.planwatch.excel.SheetCell;
import cn.jingan.planwatch.excel.SheetRow;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/** Builds sheet rows as a reader would hand them over: left to right from column A, nulls leave a gap. */
final class Rows {
    private Rows() {}

    /** Strings become text cells, numbers number cells; {@link #percent}, {@link #date}, {@link #error} make others. */
    static SheetRow row(int number, Object... values) {
        List<SheetCell> cells = new ArrayList<>();
        for (int column = 0; column < values.length; column++) {
            Object value = values[column];
            if (value != null) {
                cells.add(cell(column, number, value));
            }
        }
        return new SheetRow(number, cells);
    }

    @SuppressWarnings("unchecked")
    private static SheetCell cell(int column, int row, Object value) {
        if (value instanceof String text) {
            return SheetCell.text(column, row, text);
        }
        if (value instanceof Number number) {
            return SheetCell.number(column, row, number.doubleValue(), false);
        }
        if (value instanceof BiFunction<?, ?, ?> maker) {
            return ((BiFunction<Integer, Integer, SheetCell>) maker).apply(column, row);
        }
        throw new IllegalArgumentException("no cell for " + value);
    }

    static BiFunction<Integer, Integer, SheetCell> percent(double fraction) {
        return (column, row) -> SheetCell.number(column, row, fraction, true);
    }

    static BiFunction<Integer, Integer, SheetCell> date(LocalDate date) {
        return (column, row) -> new SheetCell(column, CellRefs.ref(column, row), CellKind.DATE, date.toString(),
                null, false, date);
    }

    static BiFunction<Integer, Integer, SheetCell> error(String shown) {
        return (column, row) -> new SheetCell(column, CellRefs.ref(column, row), CellKind.ERROR, shown, null, false,
                null);
    }
}
