package cn.jingan.planwatch.normalize;

import cn.jingan.planwatch.excel.SheetRow;
import cn.jingan.planwatch.excel.SheetVisitor;
import java.util.ArrayList;
import java.util.List;

/** A named visible sheet of rows, replayed to a visitor the way a streaming reader does. */
record Sheet(String name, List<SheetRow> rows) {

    /**
     * Feeds sheets in order, honouring the visitor: rest of a sheet skipped when {@code row} says false,
     * no further sheet once {@code endSheet} says true.
     *
     * @return the rows the visitor was shown, sheet by sheet
     */
    static List<List<SheetRow>> feed(SheetVisitor visitor, Sheet... sheets) {
        List<List<SheetRow>> shown = new ArrayList<>();
        for (Sheet sheet : sheets) {
            List<SheetRow> seen = new ArrayList<>();
            shown.add(seen);
            visitor.startSheet(sheet.name());
            for (SheetRow row : sheet.rows()) {
                seen.add(row);
                if (!visitor.row(row)) {
                    break;
                }
            }
            if (visitor.endSheet()) {
                break;
            }
        }
        return shown;
    }
}
