package cn.jingan.planwatch.normalize;

import cn.jingan.planwatch.excel.SheetRow;
import java.util.ArrayList;
import java.util.List;

/**
 * A typical return: title in row 1, 填报单位 and 报告期 in row 2, table header in row 4, data from row 5
 * (so the n-th data row is row 4 + n).
 */
final class ReturnRows {

    static final int FIRST_DATA_ROW = 5;

    private final List<SheetRow> rows = new ArrayList<>();
    private int next = FIRST_DATA_ROW;

    private ReturnRows(String bureau, Object period) {
        rows.add(Rows.row(1, "静安区“十四五”规划指标报表"));
        rows.add(Rows.row(2, "填报单位", bureau, null, "报告期", period));
    }

    static ReturnRows of(String bureau, Object period) {
        return new ReturnRows(bureau, period);
    }

    ReturnRows header(Object... labels) {
        rows.add(Rows.row(4, labels));
        return this;
    }

    ReturnRows row(Object... values) {
        rows.add(Rows.row(next++, values));
        return this;
    }

    List<SheetRow> rows() {
        return rows;
    }

    Sheet sheet(String name) {
        return new Sheet(name, rows);
    }
}
