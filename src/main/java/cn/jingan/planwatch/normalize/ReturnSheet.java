package cn.jingan.planwatch.normalize;

import cn.jingan.planwatch.excel.SheetRow;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The sheet that holds a return, laid out: its header block, its table header and its data rows.
 *
 * @param name   the sheet's name
 * @param header the header fields found above the table
 * @param table  the table's header row
 * @param rows   the data rows, from below the header row to the first blank or footnote row
 */
record ReturnSheet(String name, Map<HeaderField, HeaderValue> header, TableHeader table, List<SheetRow> rows) {

    public Optional<HeaderValue> field(HeaderField field) {
        return Optional.ofNullable(header.get(field));
    }
}
