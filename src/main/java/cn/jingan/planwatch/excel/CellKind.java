package cn.jingan.planwatch.excel;

/**
 * What a spreadsheet cell holds once formulas are replaced by their cached result; {@link #UNCALCULATED} is a
 * formula saved without one (written by a script, or saved with manual calculation).
 */
public enum CellKind {
    BLANK, TEXT, NUMBER, DATE, BOOLEAN, ERROR, UNCALCULATED
}
