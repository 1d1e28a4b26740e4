package cn.jingan.planwatch.report;

import cn.jingan.planwatch.catalog.PlanZone;
import cn.jingan.planwatch.warehouse.LineageRow;
import cn.jingan.planwatch.warehouse.MidtermRow;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** Where a mid-term figure comes from: the figure, then every observation behind it with file, sheet and cell. */
public final class LineageTable {
    private LineageTable() {}

    private static final String LINE_FORMAT = "%s %s %s %s %s %s %s %s %s %s %s%n";

    /** Prints the figure (its row of the evaluation) and the observations, marking what each counts for; times
     * in the plan's zone, with its offset. */
    public static void print(PrintWriter out, MidtermRow figure, List<LineageRow> rows, ZoneId planZone) {
        DateTimeFormatter time = PlanZone.timeFormat(planZone);
        out.printf("%s %s · %s · 评估日 %s%n", figure.indicatorCode(), figure.indicatorName(), figure.areaCode(),
                figure.asOf());
        out.printf("数据截至 %s  基期 %s  最新 %s  累计 %s  目标 %s  进度 %s  序时 %s  推算 %s  %s %s%n",
                orDash(figure.cutoff()), number(figure.baseline()), number(figure.latest()),
                number(figure.cumulative()), MidtermTable.target(figure), MidtermTable.percent(figure.progress()),
                MidtermTable.percent(figure.elapsed()), number(figure.projected()), figure.statusZh(),
                figure.status());
        out.println();
        out.printf(LINE_FORMAT, TextColumns.padRight("区域", 5), TextColumns.padRight("报告期", 8),
                TextColumns.padRight("口径", 8), TextColumns.padLeft("数值", 12), TextColumns.padRight("基期", 4),
                TextColumns.padRight("最新", 4), TextColumns.padRight("累计", 4), TextColumns.padRight("来源文件", 34),
                TextColumns.padRight("工作表", 10), TextColumns.padRight("单元格", 6), "报送时间 received");
        for (LineageRow row : rows) {
            out.printf(LINE_FORMAT, TextColumns.padRight(row.areaCode(), 5), TextColumns.padRight(row.periodCode(), 8),
                    TextColumns.padRight("ytd".equals(row.measure()) ? "本年累计" : "本期值", 8),
                    TextColumns.padLeft(exact(row.value()), 12), TextColumns.padRight(mark(row.countsForBaseline()), 4),
                    TextColumns.padRight(mark(row.countsForLatest()), 4),
                    TextColumns.padRight(mark(row.countsForCumulative()), 4),
                    TextColumns.padRight(orDash(row.sourceFile()), 34),
                    TextColumns.padRight(orDash(row.sourceSheet()), 10),
                    TextColumns.padRight(orDash(row.sourceCell()), 6),
                    row.receivedAt() == null ? "—" : time.format(row.receivedAt()));
        }
        out.printf("%n共 %d 条数值，其中 %d 条用于上述数字。%n", rows.size(),
                rows.stream().filter(LineageRow::counts).count());
    }

    private static String mark(boolean counts) {
        return counts ? "✓" : "";
    }

    private static String number(BigDecimal value) {
        return value == null ? "—" : MidtermTable.number(value);
    }

    private static String exact(BigDecimal value) {
        return value == null ? "—" : value.signum() == 0 ? "0" : value.stripTrailingZeros().toPlainString();
    }

    private static String orDash(Object value) {
        return value == null ? "—" : value.toString();
    }
}
