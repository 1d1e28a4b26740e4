package cn.jingan.planwatch.excel;

import java.math.BigDecimal;

/** A1-style cell references and plain number rendering. */
public final class CellRefs {
    private CellRefs() {}

    /** Column 0, row 1 is {@code A1}. Rows are one-based as a clerk reads them. */
    public static String ref(int column, int row) {
        return columnName(column) + row;
    }

    public static String columnName(int column) {
        StringBuilder name = new StringBuilder();
        for (int c = column + 1; c > 0; c = (c - 1) / 26) {
            name.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return name.toString();
    }

    /** 1234.0 → "1234", 0.1 → "0.1": what a clerk typed, not a binary artefact. */
    public static String plain(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
