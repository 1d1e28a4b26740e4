package cn.jingan.planwatch.normalize;

import cn.jingan.planwatch.catalog.Labels;
import cn.jingan.planwatch.excel.CellKind;
import cn.jingan.planwatch.excel.SheetCell;
import cn.jingan.planwatch.excel.SheetRow;

/**
 * Tells a footnote row (first non-blank cell {@code 注：…}, {@code 注1.…}, {@code 填表说明…}) that ends a
 * table. A lone 注 followed by more Chinese (an indicator name such as {@code 注册企业数}) is not one.
 */
final class Footnotes {
    private Footnotes() {}

    private static final String NOTE_FOLLOWERS = ":;,.、)(]1234567890释意明";

    static boolean isFootnote(SheetRow row) {
        for (SheetCell cell : row.cells()) {
            if (cell.isBlank()) {
                continue;
            }
            return cell.kind() == CellKind.TEXT && startsFootnote(Labels.normalize(cell.text()));
        }
        return false;
    }

    static boolean startsFootnote(String normalized) {
        if (normalized.startsWith("填表说明")) {
            return true;
        }
        if (!normalized.startsWith("注")) {
            return false;
        }
        return normalized.length() == 1 || NOTE_FOLLOWERS.indexOf(normalized.charAt(1)) >= 0;
    }
}
