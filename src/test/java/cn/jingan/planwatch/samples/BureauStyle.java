package cn.jingan.planwatch.samples;

import cn.jingan.planwatch.catalog.Period;
import java.util.List;
import java.util.function.Function;

/**
 * How one bureau fills in its returns: file format, header block, column order and headings, how it
 * writes the 报告期, and the clerk who signs it.
 *
 * @param legacyFormatUntil last year sent as {@code .xls} (9999 = always, 0 = never)
 * @param firstColumn       column index where the bureau's layout starts (0 = A)
 */
record BureauStyle(String displayName, int legacyFormatUntil, HeaderBlock headerBlock, int firstColumn,
                   List<Column> columns, Function<Period, Entry> periodLabel, String footnote,
                   String clerk, String phone, Extra extra) {

    /** How the 填报单位 / 报告期 labels and their values sit. */
    enum HeaderBlock {
        /** {@code 填报单位：区商务委} in one cell. */
        COLON_IN_CELL,
        /** {@code 填报单位} in one cell, the value in the next. */
        LABEL_THEN_VALUE,
        /** {@code 填 报 单 位} with spaces, an empty cell, then the value. */
        SPACED_LABEL_GAP_VALUE,
        /** {@code 填报单位：} with nothing after the colon, the value in the next cell. */
        COLON_LABEL_THEN_VALUE
    }

    /** Anything else about the workbook. */
    enum Extra { NONE, HIDDEN_OLD_SHEET_FIRST, INSTRUCTIONS_SHEET_FIRST }

    /** A table column and its heading as this bureau writes it. */
    record Column(Kind kind, String heading) {}

    /** What a table column holds. */
    enum Kind { SEQUENCE, CODE, NAME, UNIT, VALUE, YEAR_TO_DATE, AREA, NOTE }

    boolean legacyFormat(int year) {
        return year <= legacyFormatUntil;
    }

    boolean has(Kind kind) {
        return columns.stream().anyMatch(c -> c.kind() == kind);
    }
}
