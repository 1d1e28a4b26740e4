package cn.jingan.planwatch.excel;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.hssf.eventusermodel.FormatTrackingHSSFListener;
import org.apache.poi.hssf.eventusermodel.HSSFListener;
import org.apache.poi.hssf.record.BOFRecord;
import org.apache.poi.hssf.record.BoolErrRecord;
import org.apache.poi.hssf.record.BoundSheetRecord;
import org.apache.poi.hssf.record.CellValueRecordInterface;
import org.apache.poi.hssf.record.DateWindow1904Record;
import org.apache.poi.hssf.record.EOFRecord;
import org.apache.poi.hssf.record.FilePassRecord;
import org.apache.poi.hssf.record.FormulaRecord;
import org.apache.poi.hssf.record.LabelRecord;
import org.apache.poi.hssf.record.LabelSSTRecord;
import org.apache.poi.hssf.record.NumberRecord;
import org.apache.poi.hssf.record.RKRecord;
import org.apache.poi.hssf.record.Record;
import org.apache.poi.hssf.record.SSTRecord;
import org.apache.poi.hssf.record.StringRecord;
import org.apache.poi.ss.usermodel.CellType;

/**
 * Receives the BIFF8 record stream of a legacy .xls: learns sheet names, visibility, shared strings and
 * formats from the workbook globals, then turns the cell records of each visible worksheet into rows.
 */
final class BiffSheetListener implements HSSFListener {

    private final RowCollector collector;
    private final FormatTrackingHSSFListener formats;
    private final List<BoundSheetRecord> boundSheets = new ArrayList<>();
    private final List<SheetCell> cells = new ArrayList<>();
    private BoundSheetRecord[] sheetsInStreamOrder = new BoundSheetRecord[0];
    private SSTRecord sharedStrings;
    private boolean date1904;
    private boolean globalsSeen;
    private int depth;
    private int substream = -1;
    private boolean delivering;
    private int currentRow = -1;
    private FormulaRecord pendingStringFormula;

    BiffSheetListener(RowCollector collector) {
        this.collector = collector;
        this.formats = new FormatTrackingHSSFListener(this);
    }

    /** The listener to register: it tracks number formats, then hands each record on to this one. */
    HSSFListener entryPoint() {
        return formats;
    }

    /** Called after the last record: a substream left open means the file was cut short. */
    void finish() throws UnreadableWorkbookException {
        if (depth != 0 || !globalsSeen) {
            throw Verdicts.corrupt(null);
        }
    }

    @Override
    public void processRecord(Record record) {
        collector.checkpoint();
        switch (record.getSid()) {
            case BOFRecord.sid -> beginSubstream((BOFRecord) record);
            case EOFRecord.sid -> endSubstream();
            case FilePassRecord.sid -> throw ReadInterrupt.unreadable(Verdicts.encrypted());
            case BoundSheetRecord.sid -> boundSheets.add((BoundSheetRecord) record);
            case SSTRecord.sid -> sharedStrings = (SSTRecord) record;
            case DateWindow1904Record.sid -> date1904 = ((DateWindow1904Record) record).getWindowing() == 1;
            default -> {
                if (delivering && depth == 1 && collector.wantsRows()) {
                    cellRecord(record);
                }
            }
        }
    }

    private void beginSubstream(BOFRecord bof) {
        depth++;
        if (!globalsSeen) {
            if (bof.getVersion() < BOFRecord.VERSION) {
                throw ReadInterrupt.unreadable(Verdicts.oldExcel());
            }
            return;
        }
        if (depth != 1) {
            return;
        }
        substream++;
        BoundSheetRecord sheet = substream < sheetsInStreamOrder.length ? sheetsInStreamOrder[substream] : null;
        delivering = bof.getType() == BOFRecord.TYPE_WORKSHEET && sheet != null
                && !sheet.isHidden() && !sheet.isVeryHidden();
        currentRow = -1;
        cells.clear();
        pendingStringFormula = null;
        if (delivering) {
            collector.startSheet(sheet.getSheetname());
        }
    }

    private void endSubstream() {
        depth = Math.max(0, depth - 1);
        if (depth != 0) {
            return;
        }
        if (!globalsSeen) {
            globalsSeen = true;
            sheetsInStreamOrder = BoundSheetRecord.orderByBofPosition(boundSheets);
            return;
        }
        if (delivering) {
            flushRow();
            delivering = false;
            if (collector.endSheet()) {
                throw ReadInterrupt.stopReading();
            }
        }
    }

    private void cellRecord(Record record) {
        if (record instanceof StringRecord string) {
            if (pendingStringFormula != null) {
                FormulaRecord formula = pendingStringFormula;
                pendingStringFormula = null;
                addText(formula, string.getString());
            }
            return;
        }
        if (!(record instanceof CellValueRecordInterface cell)) {
            return;
        }
        pendingStringFormula = null;
        if (record instanceof NumberRecord number) {
            addNumber(cell, number.getValue());
        } else if (record instanceof RKRecord rk) {
            addNumber(cell, rk.getRKNumber());
        } else if (record instanceof LabelSSTRecord label) {
            addText(cell, sharedString(label.getSSTIndex()));
        } else if (record instanceof LabelRecord label) {
            addText(cell, label.getValue());
        } else if (record instanceof BoolErrRecord boolErr) {
            addBoolOrError(cell, boolErr);
        } else if (record instanceof FormulaRecord formula) {
            addCachedResult(formula);
        }
    }

    private void addCachedResult(FormulaRecord formula) {
        CellType type = formula.getCachedResultTypeEnum();
        switch (type) {
            case NUMERIC -> addNumber(formula, formula.getValue());
            case BOOLEAN -> add(formula, SheetCell.bool(formula.getColumn(), formula.getRow() + 1,
                    formula.getCachedBooleanValue()));
            case ERROR -> add(formula, StoredValues.errorCode(formula.getColumn(), formula.getRow() + 1,
                    formula.getCachedErrorValue()));
            case STRING -> {
                if (formula.hasCachedResultString()) {
                    pendingStringFormula = formula;
                }
            }
            default -> { }
        }
    }

    private void addBoolOrError(CellValueRecordInterface cell, BoolErrRecord record) {
        if (record.isBoolean()) {
            add(cell, SheetCell.bool(cell.getColumn(), cell.getRow() + 1, record.getBooleanValue()));
        } else {
            add(cell, StoredValues.errorCode(cell.getColumn(), cell.getRow() + 1, record.getErrorValue()));
        }
    }

    private void addNumber(CellValueRecordInterface cell, double value) {
        add(cell, StoredValues.number(cell.getColumn(), cell.getRow() + 1, value, styleOf(cell), date1904));
    }

    private void addText(CellValueRecordInterface cell, String text) {
        if (text != null && !text.isEmpty()) {
            add(cell, SheetCell.text(cell.getColumn(), cell.getRow() + 1, text));
        }
    }

    private void add(CellValueRecordInterface record, SheetCell cell) {
        if (record.getRow() != currentRow) {
            flushRow();
            currentRow = record.getRow();
        }
        RowCollector.ensureRoomInRow(cells);
        cells.add(cell);
    }

    private void flushRow() {
        if (currentRow >= 0 && !cells.isEmpty()) {
            collector.row(currentRow + 1, cells);
        }
        cells.clear();
    }

    private NumberStyle styleOf(CellValueRecordInterface cell) {
        try {
            int index = formats.getFormatIndex(cell);
            return index < 0 ? NumberStyle.PLAIN : NumberStyle.of(index, formats.getFormatString(cell));
        } catch (RuntimeException unknownFormat) {
            return NumberStyle.PLAIN;
        }
    }

    private String sharedString(int index) {
        if (sharedStrings == null || index < 0 || index >= sharedStrings.getNumUniqueStrings()) {
            throw ReadInterrupt.unreadable(Verdicts.corrupt(null));
        }
        return sharedStrings.getString(index).getString();
    }
}
