package cn.jingan.planwatch.normalize;

import cn.jingan.planwatch.excel.CellKind;
import cn.jingan.planwatch.excel.CellRefs;
import cn.jingan.planwatch.excel.SheetCell;
import cn.jingan.planwatch.excel.SheetRow;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Picks header fields (填报单位, 报告期, …) and their values out of the rows above a table. */
final class HeaderBlock {
    private HeaderBlock() {}

    /**
     * Adds the fields a row labels to {@code into}; the first value found for a field wins. The value
     * follows a colon in the label cell, or is the next non-empty cell to the right that is no label.
     */
    static void collect(SheetRow row, Map<HeaderField, HeaderValue> into) {
        List<SheetCell> cells = row.cells();
        for (int i = 0; i < cells.size(); i++) {
            Optional<Labelled> labelled = labelled(cells.get(i));
            if (labelled.isEmpty()) {
                continue;
            }
            HeaderField field = labelled.get().field();
            String afterColon = labelled.get().text().afterColon();
            if (!afterColon.isEmpty()) {
                into.putIfAbsent(field, new HeaderValue(afterColon, null, cells.get(i).ref()));
                continue;
            }
            int valueAt = nextValue(cells, i + 1);
            if (valueAt >= 0) {
                into.putIfAbsent(field, valueOf(cells.get(valueAt)));
                i = valueAt;
            } else {
                into.putIfAbsent(field, new HeaderValue("", null, labelRightOf(cells.get(i), row.number())));
            }
        }
    }

    private static int nextValue(List<SheetCell> cells, int from) {
        for (int j = from; j < cells.size(); j++) {
            SheetCell cell = cells.get(j);
            if (cell.isBlank()) {
                continue;
            }
            return labelled(cell).isPresent() ? -1 : j;
        }
        return -1;
    }

    private static HeaderValue valueOf(SheetCell cell) {
        if (cell.kind() == CellKind.DATE && cell.date() != null) {
            return new HeaderValue(cell.text() == null ? "" : cell.text(), cell.date(), cell.ref());
        }
        return new HeaderValue(cell.text() == null ? "" : cell.text().strip(), null, cell.ref());
    }

    private static String labelRightOf(SheetCell label, int rowNumber) {
        return CellRefs.ref(label.column() + 1, rowNumber);
    }

    private static Optional<Labelled> labelled(SheetCell cell) {
        if (cell.kind() != CellKind.TEXT) {
            return Optional.empty();
        }
        LabelText text = LabelText.parse(cell.text());
        return HeaderField.named(text.label()).map(field -> new Labelled(field, text));
    }

    private record Labelled(HeaderField field, LabelText text) {
    }
}
