package cn.jingan.planwatch.excel;

/**
 * Receives a workbook sheet by sheet, row by row, as it streams past. A reader calls
 * {@link #startSheet} for each visible sheet in workbook order (hidden and veryHidden sheets are
 * never shown), then {@link #row} for its rows in order, then {@link #endSheet}.
 */
public interface SheetVisitor {

    /** A visible sheet begins. */
    void startSheet(String name);

    /** @return false to stop reading this sheet (the rest of it is skipped) */
    boolean row(SheetRow row);

    /** @return true when the visitor has what it wanted: no further sheet is read */
    boolean endSheet();
}
