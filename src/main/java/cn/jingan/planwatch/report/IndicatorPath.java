package cn.jingan.planwatch.report;

import cn.jingan.planwatch.warehouse.MidtermRow;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * An indicator's judged figure over time against its target path: at each half-year end and at the evaluation
 * date, the figure judged (the cumulative of a flow, the latest of a stock, level or rank, the areas meeting the
 * target of a per-area indicator) and where 序时进度 says it should stand by then: {@code start + (target − start)
 * × elapsed}, where start is the baseline of a stock or level that has one and differs from the target, else 0.
 */
public record IndicatorPath(String indicatorCode, BigDecimal target, List<Point> points) {

    /** One date of the path; {@code expected} is null where the target has no path (rank, monitored only). */
    public record Point(LocalDate date, BigDecimal figure, BigDecimal expected, BigDecimal elapsed) {}

    /** The path of the district row {@code current}, from the half-year ends of {@code history} up to its date. */
    public static IndicatorPath of(MidtermRow current, List<MidtermRow> history) {
        List<Point> points = new ArrayList<>();
        for (MidtermRow row : history) {
            if (row.indicatorCode().equals(current.indicatorCode()) && row.areaCode().equals(current.areaCode())
                    && row.asOf().isBefore(current.asOf())) {
                point(row).ifPresent(points::add);
            }
        }
        point(current).ifPresent(points::add);
        return new IndicatorPath(current.indicatorCode(), goal(current), List.copyOf(points));
    }

    /** The figure the target judges: areas meeting it, the cumulative of a flow, else the latest value. */
    public static BigDecimal figure(MidtermRow row) {
        if (row.areasTotal() != null) {
            return BigDecimal.valueOf(row.areasMet());
        }
        return "flow".equals(row.kind()) ? row.cumulative() : row.latest();
    }

    /** What the figure must reach: every area for a per-area indicator, else the target. */
    public static BigDecimal goal(MidtermRow row) {
        return row.areasTotal() != null ? BigDecimal.valueOf(row.areasTotal()) : row.target();
    }

    private static java.util.Optional<Point> point(MidtermRow row) {
        BigDecimal figure = figure(row);
        if (figure == null || row.status().equals("no_data")) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Point(row.asOf(), figure, expected(row), row.elapsed()));
    }

    private static BigDecimal expected(MidtermRow row) {
        BigDecimal goal = goal(row);
        if (goal == null || row.elapsed() == null || "rank".equals(row.kind()) || "none".equals(row.comparator())) {
            return null;
        }
        boolean fromBaseline = row.areasTotal() == null && !"flow".equals(row.kind()) && row.baseline() != null
                && row.baseline().compareTo(goal) != 0;
        BigDecimal start = fromBaseline ? row.baseline() : BigDecimal.ZERO;
        return start.add(goal.subtract(start).multiply(row.elapsed()));
    }
}
