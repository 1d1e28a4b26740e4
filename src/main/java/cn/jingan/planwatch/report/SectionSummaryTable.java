package cn.jingan.planwatch.report;

import cn.jingan.planwatch.warehouse.SectionSummaryRow;
import java.io.PrintWriter;
import java.util.List;

/** The roll-up per plan section laid out for a briefing: indicators counted by status, in Chinese. */
public final class SectionSummaryTable {
    private SectionSummaryTable() {}

    private static final String[] HEADS = {"指标数", "已实现", "快于预期", "基本符合", "滞后", "超出区间", "监测", "无数据",
        "预计达标"};

    public static void print(PrintWriter out, List<SectionSummaryRow> rows) {
        StringBuilder header = new StringBuilder(TextColumns.padRight("篇章", 4) + " "
                + TextColumns.padRight("名称", 20));
        for (String head : HEADS) {
            header.append(' ').append(TextColumns.padLeft(head, 8));
        }
        out.println(header.toString().stripTrailing());
        for (SectionSummaryRow row : rows) {
            long[] counts = {row.indicators(), row.achieved(), row.ahead(), row.onTrack(), row.lagging(),
                row.aboveRange(), row.monitor(), row.noData(), row.willMeet()};
            StringBuilder line = new StringBuilder(TextColumns.padRight(row.section(), 4) + " "
                    + TextColumns.padRight(row.sectionName(), 20));
            for (long count : counts) {
                line.append(' ').append(TextColumns.padLeft(Long.toString(count), 8));
            }
            out.println(line);
        }
    }
}
