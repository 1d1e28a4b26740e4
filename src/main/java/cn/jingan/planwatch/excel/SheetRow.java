package cn.jingan.planwatch.excel;

import java.util.List;

/**
 * One row of a sheet: its one-based number and its non-blank cells, left to right.
 * Rows with no cells at all may be skipped by a reader; row numbers make gaps visible.
 */
public record SheetRow(int number, List<SheetCell> cells) {

    public boolean isBlank() {
        return cells.stream().allMatch(SheetCell::isBlank);
    }
}
