package cn.jingan.planwatch.report;

import cn.jingan.planwatch.catalog.PlanZone;
import cn.jingan.planwatch.warehouse.MidtermRow;
import cn.jingan.planwatch.warehouse.SectionSummaryRow;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The leaders' dashboard as one self-contained HTML page in Chinese: the status matrix by plan section, each
 * indicator's trend against its target path and 序时进度, the per-street view of I23 and the submission tracker.
 * Styles and charts are inline; the page loads nothing and runs no script.
 */
public final class DashboardPage {

    /** The per-area indicator shown street by street. */
    static final String PER_STREET_INDICATOR = "I23";

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final TrendChartSvg charts;

    public DashboardPage(cn.jingan.planwatch.catalog.Catalog catalog) {
        PlanWindow window = PlanWindow.of(catalog);
        this.charts = new TrendChartSvg(window.start(), window.end());
    }

    /** The whole page. */
    public String render(Evaluation evaluation) {
        StringBuilder html = new StringBuilder(64 * 1024);
        html.append("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; ")
                .append("style-src 'unsafe-inline'; img-src data:\">")
                .append("<title>静安区“十四五”规划指标监测看板</title><style>").append(DashboardStyle.CSS)
                .append("</style></head><body>");
        header(html, evaluation);
        matrix(html, evaluation);
        trends(html, evaluation);
        perStreet(html, evaluation);
        tracker(html, evaluation);
        html.append("<footer>数据来源：planwatch 数仓 warehouse.duckdb（midterm_progress、midterm_history、")
                .append("submission_status）。进度为目标完成进度；序时进度为考核期已过比例（时间过半、任务过半）。</footer>");
        return html.append("</body></html>\n").toString();
    }

    private void header(StringBuilder html, Evaluation e) {
        html.append("<header><h1>静安区“十四五”规划指标中期评估看板</h1><p class=\"clocks\">")
                .append("<span>评估日 <b>").append(e.asOf()).append("</b></span>")
                .append("<span>数据截止日 <b>").append(e.cutoff() == null ? "—" : e.cutoff()).append("</b></span>")
                .append("<span>数据知悉时点 <b>").append(TIME.withZone(e.zone()).format(e.knownAt())).append(" ")
                .append(zoneLabel(e.zone(), e.knownAt())).append("</b></span>")
                .append("</p></header>");
    }

    private void matrix(StringBuilder html, Evaluation e) {
        html.append("<section id=\"matrix\"><h2>分篇章评估状态</h2><div class=\"legend\">");
        for (String status : StatusColors.ORDER) {
            html.append("<span><i style=\"background:#").append(StatusColors.hex(status)).append("\"></i>")
                    .append(PlanWords.status(status)).append("</span>");
        }
        html.append("</div><div class=\"sections\">");
        for (SectionSummaryRow section : e.sections()) {
            html.append("<div class=\"section\"><h3>").append(Html.escape(section.section())).append(' ')
                    .append(Html.escape(section.sectionName())).append("</h3><p class=\"counts\">")
                    .append(section.indicators()).append(" 项：已实现 ").append(section.achieved())
                    .append(" · 快于预期 ").append(section.ahead()).append(" · 基本符合 ").append(section.onTrack())
                    .append(" · 滞后 ").append(section.lagging()).append("</p><div class=\"tiles\">");
            for (MidtermRow row : e.districtRows(section.section())) {
                html.append("<a class=\"tile\" href=\"#").append(row.indicatorCode()).append("\" data-status=\"")
                        .append(row.status()).append("\" style=\"border-left-color:#")
                        .append(StatusColors.hex(row.status())).append("\"><b>").append(row.indicatorCode())
                        .append("</b> ").append(Html.escape(row.indicatorName())).append("<em style=\"color:#")
                        .append(StatusColors.hex(row.status())).append("\">").append(Html.escape(row.statusZh()))
                        .append("</em></a>");
            }
            html.append("</div></div>");
        }
        html.append("</div></section>");
    }

    private void trends(StringBuilder html, Evaluation e) {
        html.append("<section id=\"trends\"><h2>指标走势：实际值与目标路径</h2><p class=\"key\">")
                .append("<span class=\"k actual\"></span>实际值（新增类为考核期累计）")
                .append("<span class=\"k expected\"></span>按序时进度应达到的值")
                .append("<span class=\"k target\"></span>目标值</p><div class=\"cards\">");
        for (MidtermRow row : e.districtRows()) {
            String title = row.indicatorCode() + " " + row.indicatorName();
            html.append("<article class=\"card\" id=\"").append(row.indicatorCode()).append("\"><h3>")
                    .append(Html.escape(title)).append("</h3><p class=\"status\" style=\"background:#")
                    .append(StatusColors.hex(row.status())).append("\">").append(Html.escape(row.statusZh()))
                    .append("</p>");
            html.append(charts.render(e.path(row), title));
            html.append("<dl><dt>目标</dt><dd>").append(target(row)).append("</dd><dt>")
                    .append("flow".equals(row.kind()) ? "累计" : "最新").append("</dt><dd>")
                    .append(Html.number(IndicatorPath.figure(row), 2)).append(' ').append(unit(row))
                    .append("</dd><dt>进度</dt><dd>").append(Html.percent(row.progress()))
                    .append("</dd><dt>序时进度</dt><dd>").append(Html.percent(row.elapsed())).append("</dd></dl>");
            html.append(progressBar(row)).append("</article>");
        }
        html.append("</div></section>");
    }

    private void perStreet(StringBuilder html, Evaluation e) {
        List<MidtermRow> areas = e.areaRows().stream()
                .filter(r -> r.indicatorCode().equals(PER_STREET_INDICATOR)).toList();
        html.append("<section id=\"streets\"><h2>分街镇：").append(PER_STREET_INDICATOR).append(' ');
        areas.stream().findFirst().ifPresent(r -> html.append(Html.escape(r.indicatorName())));
        html.append("</h2><table><thead><tr><th>街镇</th><th>最新值</th><th>目标</th><th>进度</th>")
                .append("<th>状态</th></tr></thead><tbody>");
        for (MidtermRow row : areas) {
            html.append("<tr data-area=\"").append(row.areaCode()).append("\"><td>")
                    .append(Html.escape(e.areaNames().getOrDefault(row.areaCode(), row.areaCode())))
                    .append("</td><td class=\"n\">").append(Html.number(row.latest(), 2)).append("</td><td class=\"n\">")
                    .append(Html.number(row.target(), 2)).append("</td><td>").append(progressBar(row))
                    .append("</td><td><span class=\"pill\" style=\"background:#").append(StatusColors.hex(row.status()))
                    .append("\">").append(Html.escape(row.statusZh())).append("</span></td></tr>");
        }
        html.append("</tbody></table></section>");
    }

    private void tracker(StringBuilder html, Evaluation e) {
        html.append("<section id=\"tracker\"><h2>报表报送情况（截至 ").append(e.asOf()).append("）</h2>")
                .append("<table><thead><tr><th>委办局</th><th>按时</th><th>逾期报送</th><th>逾期未报</th>")
                .append("<th>未到期</th><th>逾期未报的报告期</th></tr></thead><tbody>");
        for (BureauTally bureau : BureauTally.of(e.submissions())) {
            String missing = String.join("、", bureau.missingPeriods());
            html.append("<tr data-bureau=\"").append(Html.escape(bureau.bureauCode())).append("\"><td>")
                    .append(Html.escape(bureau.bureauName())).append("</td><td class=\"n\">")
                    .append(bureau.received()).append("</td><td class=\"n late\">").append(bureau.late())
                    .append("</td><td class=\"n missing\">").append(bureau.missing()).append("</td><td class=\"n\">")
                    .append(bureau.notDue()).append("</td><td class=\"periods\">")
                    .append(missing.isEmpty() ? "—" : Html.escape(missing)).append("</td></tr>");
        }
        html.append("</tbody></table></section>");
    }

    private static String progressBar(MidtermRow row) {
        if (row.progress() == null) {
            return "<div class=\"bar none\"></div>";
        }
        double progress = Math.max(0, Math.min(1, row.progress().doubleValue())) * 100;
        double elapsed = row.elapsed() == null ? 0 : Math.max(0, Math.min(1, row.elapsed().doubleValue())) * 100;
        return String.format(java.util.Locale.ROOT, "<div class=\"bar\" title=\"进度 %s，序时进度 %s\"><span "
                        + "style=\"width:%.1f%%;background:#%s\"></span><i style=\"left:%.1f%%\"></i></div>",
                Html.percent(row.progress()), Html.percent(row.elapsed()), progress, StatusColors.hex(row.status()),
                elapsed);
    }

    private static String target(MidtermRow row) {
        if ("none".equals(row.comparator())) {
            return "仅监测";
        }
        if (row.areasTotal() != null) {
            return "全部 " + row.areasTotal() + " 个街镇达标";
        }
        String bound = Html.number(row.target(), 2) + (row.targetMax() != null ? "–" + Html.number(row.targetMax(), 2)
                : "");
        return ("between".equals(row.comparator()) ? "" : PlanWords.comparator(row.comparator()) + " ") + bound + ' '
                + unit(row);
    }

    private static String unit(MidtermRow row) {
        return row.areasTotal() != null ? "个街镇" : Html.escape(row.unit());
    }

    /** The zone as people read it: 北京时间（UTC+08:00） for Shanghai, else its id and offset. */
    static String zoneLabel(ZoneId zone, Instant at) {
        String offset = "UTC" + zone.getRules().getOffset(at).getId().replace("Z", "");
        return (zone.equals(PlanZone.DEFAULT) ? "北京时间" : zone.getId()) + "（" + offset + "）";
    }
}
