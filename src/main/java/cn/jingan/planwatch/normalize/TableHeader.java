package cn.jingan.planwatch.normalize;

import cn.jingan.planwatch.excel.CellKind;
import cn.jingan.planwatch.excel.SheetCell;
import cn.jingan.planwatch.excel.SheetRow;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * The header row of a return's table: which column holds what.
 *
 * @param row     one-based row number of the header row
 * @param columns the recognised columns; always holds {@link TableColumn#CODE} and {@link TableColumn#VALUE}
 */
record TableHeader(int row, Map<TableColumn, ColumnHead> columns) {

    /** The header a row holds, when it names both an indicator-code column and a value column. */
    static Optional<TableHeader> of(SheetRow row) {
        EnumMap<TableColumn, ColumnHead> columns = new EnumMap<>(TableColumn.class);
        for (SheetCell cell : row.cells()) {
            if (cell.kind() != CellKind.TEXT) {
                continue;
            }
            LabelText label = LabelText.parse(cell.text());
            TableColumn.named(label.label()).ifPresent(column -> columns.putIfAbsent(column,
                    new ColumnHead(cell.column(), cell.ref(), column.holdsValues() ? label.bracket() : "")));
        }
        if (columns.containsKey(TableColumn.CODE) && columns.containsKey(TableColumn.VALUE)) {
            return Optional.of(new TableHeader(row.number(), columns));
        }
        return Optional.empty();
    }

    public Optional<ColumnHead> column(TableColumn column) {
        return Optional.ofNullable(columns.get(column));
    }

    public boolean has(TableColumn column) {
        return columns.containsKey(column);
    }
}
