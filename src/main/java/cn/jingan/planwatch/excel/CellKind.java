package cn.jingan.planwatch.excel;

/** What a spreadsheet cell holds once formulas are replaced by their cached result. */
public enum CellKind {
    BLANK, TEXT, NUMBER, DATE, BOOLEAN, ERROR
}
