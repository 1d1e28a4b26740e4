package cn.jingan.planwatch.report;

import cn.jingan.planwatch.warehouse.MidtermRow;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** The mid-term table laid out for a briefing: one line per indicator (and area), Chinese names and labels. */
public final class MidtermTable {
    private MidtermTable() {}

    private static final String HEADER_FORMAT = "%s %s %s %s %s %s %s %s %s%n";

    /** Prints a header line and one line per row. */
    public static void print(PrintWriter out, List<MidtermRow> rows) {
        out.printf(HEADER_FORMAT, TextColumns.padRight("指标", 4), TextColumns.padRight("名称", 30),
                TextColumns.padRight("区域", 5), TextColumns.padRight("数据截至", 10), TextColumns.padLeft("最新/累计", 15),
                TextColumns.padLeft("目标", 10), TextColumns.padLeft("进度", 8), TextColumns.padLeft("序时", 7), "状态");
        for (MidtermRow row : rows) {
            out.printf(HEADER_FORMAT, TextColumns.padRight(row.indicatorCode(), 4),
                    TextColumns.padRight(row.indicatorName() == null ? "" : row.indicatorName(), 30),
                    TextColumns.padRight(row.areaCode(), 5),
                    TextColumns.padRight(row.cutoff() == null ? "—" : row.cutoff().toString(), 10),
                    TextColumns.padLeft(value(row), 15), TextColumns.padLeft(target(row), 10),
                    TextColumns.padLeft(percent(row.progress()), 8), TextColumns.padLeft(percent(row.elapsed()), 7),
                    row.statusZh() + " " + row.status());
        }
    }

    /** The figure judged: the cumulative for a flow, the latest value otherwise; areas met for a district row. */
    static String value(MidtermRow row) {
        if (row.areasTotal() != null) {
            return row.areasMet() + "/" + row.areasTotal() + " 区域";
        }
        BigDecimal figure = "flow".equals(row.kind()) ? row.cumulative() : row.latest();
        return figure == null ? "—" : number(figure) + (row.unit() == null ? "" : " " + row.unit());
    }

    static String target(MidtermRow row) {
        if (row.target() == null) {
            return "—";
        }
        return switch (row.comparator()) {
            case "gt" -> ">" + number(row.target());
            case "ge" -> "≥" + number(row.target());
            case "le" -> "≤" + number(row.target());
            case "between" -> number(row.target()) + "–" + number(row.targetMax());
            default -> number(row.target());
        };
    }

    static String percent(BigDecimal ratio) {
        return ratio == null ? "—" : ratio.movePointRight(2).setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    static String number(BigDecimal value) {
        BigDecimal rounded = value.setScale(Math.min(Math.max(value.stripTrailingZeros().scale(), 0), 3),
                RoundingMode.HALF_UP);
        return rounded.stripTrailingZeros().toPlainString();
    }
}
