package cn.jingan.planwatch.excel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Where both parsers deliver their rows: sorts cells left to right, enforces the row limit and the
 * deadline, and remembers whether the visitor wants the rest of the sheet.
 */
final class RowCollector {

    /** Excel's 16,384 columns; a row claiming more cells than that is a damaged or hostile file. */
    static final int MAX_CELLS_PER_ROW = 16_384;

    private final GuardedVisitor visitor;
    private final ReadLimits limits;
    private final Deadline deadline;
    private int rowsInSheet;
    private boolean skippingSheet;

    RowCollector(GuardedVisitor visitor, ReadLimits limits, Deadline deadline) {
        this.visitor = visitor;
        this.limits = limits;
        this.deadline = deadline;
    }

    /** Called often from parser callbacks: unwinds the parse once time is up or the read was given up. */
    void checkpoint() {
        if (visitor.cancelled()) {
            throw ReadInterrupt.stopReading();
        }
        if (deadline.passed()) {
            throw ReadInterrupt.unreadable(Verdicts.timeout(limits.timeout()));
        }
    }

    void startSheet(String name) {
        checkpoint();
        rowsInSheet = 0;
        skippingSheet = false;
        visitor.startSheet(name);
    }

    /** False once the visitor said it has seen enough of the current sheet. */
    boolean wantsRows() {
        return !skippingSheet;
    }

    /** Delivers one row; rows without cells are not delivered and do not count. */
    void row(int number, List<SheetCell> cells) {
        checkpoint();
        if (skippingSheet || cells.isEmpty()) {
            return;
        }
        if (++rowsInSheet > limits.maxRowsPerSheet()) {
            throw ReadInterrupt.unreadable(Verdicts.tooManyRows(limits.maxRowsPerSheet()));
        }
        List<SheetCell> ordered = new ArrayList<>(cells);
        ordered.sort(Comparator.comparingInt(SheetCell::column));
        if (!visitor.row(new SheetRow(number, List.copyOf(ordered)))) {
            skippingSheet = true;
        }
    }

    /** Called by a parser before it adds a cell to the row it is assembling. */
    static void ensureRoomInRow(List<SheetCell> rowSoFar) {
        if (rowSoFar.size() >= MAX_CELLS_PER_ROW) {
            throw ReadInterrupt.unreadable(Verdicts.corrupt(null));
        }
    }

    /** @return true when no further sheet should be read */
    boolean endSheet() {
        return visitor.endSheet();
    }
}
