package cn.jingan.planwatch.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An indicator's path as an inline SVG line chart: the figure (solid, with dots), the target path of 序时进度
 * (dashed) and the target (a dotted line), over the plan window; no script, no external resource.
 */
final class TrendChartSvg {

    private static final int WIDTH = 360;
    private static final int HEIGHT = 200;
    private static final int LEFT = 48;
    private static final int RIGHT = 12;
    private static final int TOP = 14;
    private static final int BOTTOM = 28;

    private final LocalDate windowStart;
    private final LocalDate windowEnd;

    TrendChartSvg(LocalDate windowStart, LocalDate windowEnd) {
        this.windowStart = windowStart;
        this.windowEnd = windowEnd;
    }

    /** The chart of one path, tagged {@code data-indicator} with its code. */
    String render(IndicatorPath path, String title) {
        List<Double> values = new ArrayList<>();
        for (IndicatorPath.Point p : path.points()) {
            values.add(p.figure().doubleValue());
            if (p.expected() != null) {
                values.add(p.expected().doubleValue());
            }
        }
        if (path.target() != null) {
            values.add(path.target().doubleValue());
        }
        double min = Math.min(0, values.stream().mapToDouble(Double::doubleValue).min().orElse(0));
        double max = values.stream().mapToDouble(Double::doubleValue).max().orElse(1);
        if (max <= min) {
            max = min + 1;
        }
        max += (max - min) * 0.08;
        Scale scale = new Scale(min, max);
        StringBuilder svg = new StringBuilder();
        svg.append("<svg class=\"trend\" data-indicator=\"").append(Html.escape(path.indicatorCode()))
                .append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(HEIGHT)
                .append("\" role=\"img\" aria-label=\"").append(Html.escape(title)).append("\">");
        svg.append("<title>").append(Html.escape(title)).append("</title>");
        axes(svg, scale);
        if (path.target() != null) {
            double y = scale.y(path.target().doubleValue());
            svg.append(String.format(Locale.ROOT,
                    "<line class=\"target\" x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\"/>", LEFT, WIDTH - RIGHT, y, y));
        }
        List<String> expected = new ArrayList<>();
        List<String> actual = new ArrayList<>();
        for (IndicatorPath.Point p : path.points()) {
            double x = x(p.date());
            if (p.expected() != null) {
                expected.add(String.format(Locale.ROOT, "%.1f,%.1f", x, scale.y(p.expected().doubleValue())));
            }
            actual.add(String.format(Locale.ROOT, "%.1f,%.1f", x, scale.y(p.figure().doubleValue())));
        }
        if (!expected.isEmpty()) {
            svg.append("<polyline class=\"expected\" points=\"").append(String.join(" ", expected)).append("\"/>");
        }
        if (!actual.isEmpty()) {
            svg.append("<polyline class=\"actual\" points=\"").append(String.join(" ", actual)).append("\"/>");
            for (String point : actual) {
                String[] xy = point.split(",");
                svg.append("<circle class=\"actual\" cx=\"").append(xy[0]).append("\" cy=\"").append(xy[1])
                        .append("\" r=\"3\"/>");
            }
        } else {
            svg.append("<text class=\"empty\" x=\"").append(WIDTH / 2).append("\" y=\"").append(HEIGHT / 2)
                    .append("\" text-anchor=\"middle\">暂无数据</text>");
        }
        return svg.append("</svg>").toString();
    }

    private void axes(StringBuilder svg, Scale scale) {
        svg.append(String.format(Locale.ROOT, "<line class=\"axis\" x1=\"%d\" x2=\"%d\" y1=\"%d\" y2=\"%d\"/>",
                LEFT, WIDTH - RIGHT, HEIGHT - BOTTOM, HEIGHT - BOTTOM));
        for (int year = windowStart.getYear(); year <= windowEnd.getYear(); year++) {
            double x = x(LocalDate.of(year, 7, 1));
            svg.append(String.format(Locale.ROOT, "<text class=\"tick\" x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">"
                    + "%d</text>", x, HEIGHT - 10, year));
        }
        for (double value : new double[] {scale.min, (scale.min + scale.max) / 2, scale.max}) {
            double y = scale.y(value);
            svg.append(String.format(Locale.ROOT, "<line class=\"grid\" x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\"/>"
                    + "<text class=\"tick\" x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s</text>", LEFT, WIDTH - RIGHT,
                    y, y, LEFT - 4, y + 4, Html.escape(Html.number(BigDecimal.valueOf(value), 0))));
        }
    }

    private double x(LocalDate date) {
        double span = ChronoUnit.DAYS.between(windowStart, windowEnd.plusDays(1));
        double at = ChronoUnit.DAYS.between(windowStart, date);
        return LEFT + (WIDTH - LEFT - RIGHT) * Math.max(0, Math.min(1, at / span));
    }

    /** Maps a value to the chart's height. */
    private record Scale(double min, double max) {
        double y(double value) {
            return TOP + (HEIGHT - TOP - BOTTOM) * (1 - (value - min) / (max - min));
        }
    }
}
