package cn.jingan.planwatch.normalize;

import cn.jingan.planwatch.excel.SheetRow;
import cn.jingan.planwatch.excel.SheetVisitor;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the return in a workbook as it streams past: the first visible sheet with a table header row
 * (指标编码 and 本期值, or their aliases) within its first {@value #HEADER_SEARCH_ROWS} rows, the header
 * block above it, and the data rows below it. One instance reads one workbook.
 */
final class ReturnLayout implements SheetVisitor {

    /** The table header row must stand within this many rows from the top of the sheet. */
    public static final int HEADER_SEARCH_ROWS = 30;

    private String sheet;
    private Map<HeaderField, HeaderValue> header;
    private TableHeader table;
    private List<SheetRow> rows;
    private int lastRow;
    private boolean tableEnded;
    private ReturnSheet found;

    @Override
    public void startSheet(String name) {
        sheet = name;
        header = new EnumMap<>(HeaderField.class);
        table = null;
        rows = new ArrayList<>();
        lastRow = 0;
        tableEnded = false;
    }

    @Override
    public boolean row(SheetRow row) {
        if (found != null || tableEnded) {
            return false;
        }
        if (table == null) {
            return lookForTable(row);
        }
        if (row.number() > lastRow + 1 || row.isBlank() || Footnotes.isFootnote(row)) {
            tableEnded = true;
            return false;
        }
        rows.add(row);
        lastRow = row.number();
        return true;
    }

    private boolean lookForTable(SheetRow row) {
        if (row.number() > HEADER_SEARCH_ROWS) {
            return false;
        }
        Optional<TableHeader> tableHeader = TableHeader.of(row);
        if (tableHeader.isPresent()) {
            table = tableHeader.get();
            lastRow = row.number();
        } else {
            HeaderBlock.collect(row, header);
        }
        return true;
    }

    @Override
    public boolean endSheet() {
        if (found != null) {
            return true;
        }
        if (table == null) {
            return false;
        }
        found = new ReturnSheet(sheet, header, table, Collections.unmodifiableList(rows));
        return true;
    }

    /** The return's sheet, once read; empty when no visible sheet held a table. */
    public Optional<ReturnSheet> result() {
        return Optional.ofNullable(found);
    }
}
