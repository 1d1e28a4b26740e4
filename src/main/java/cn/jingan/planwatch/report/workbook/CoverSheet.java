package cn.jingan.planwatch.report.workbook;

import cn.jingan.planwatch.report.Evaluation;
import cn.jingan.planwatch.warehouse.SectionSummaryRow;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The cover: title, evaluation date, data cut-off, knowledge time with its zone, and the counts per section. */
final class CoverSheet {
    private CoverSheet() {}

    static final String NAME = "封面";

    static void write(XSSFWorkbook workbook, Styles styles, Evaluation e) {
        SheetWriter sheet = new SheetWriter(workbook.createSheet(NAME), styles);
        SheetWriter.text(sheet.row(), 0, "静安区国民经济和社会发展第十四个五年规划主要指标中期评估", styles.title());
        sheet.gap();
        XSSFRow asOf = sheet.row();
        SheetWriter.text(asOf, 0, "评估日", styles.header());
        SheetWriter.date(asOf, 1, e.asOf(), styles.number(Styles.DATE));
        XSSFRow cutoff = sheet.row();
        SheetWriter.text(cutoff, 0, "数据截止日", styles.header());
        SheetWriter.date(cutoff, 1, e.cutoff(), styles.number(Styles.DATE));
        XSSFRow knownAt = sheet.row();
        SheetWriter.text(knownAt, 0, "数据知悉时点", styles.header());
        SheetWriter.time(knownAt, 1, e.knownAt(), e.zone(), styles.number("yyyy-mm-dd hh:mm:ss\" 北京时间（UTC+8）\""));
        XSSFRow note = sheet.row();
        SheetWriter.text(note, 0, "说明", styles.header());
        SheetWriter.text(note, 1, "评估日截取各指标数据报告期；数据知悉时点之后收到或修订的数据不计入。"
                + "进度为目标完成进度，序时进度为考核期已过比例（时间过半、任务过半）。", styles.text());
        sheet.gap();
        sheet.labels("篇章", "篇章名称", "指标数", "已实现", "快于预期", "基本符合预期", "滞后于预期", "超出区间", "监测",
                "无数据", "推算能实现");
        for (SectionSummaryRow s : e.sections()) {
            XSSFRow row = sheet.row();
            SheetWriter.text(row, 0, s.section(), styles.text());
            SheetWriter.text(row, 1, s.sectionName(), styles.text());
            long[] counts = {s.indicators(), s.achieved(), s.ahead(), s.onTrack(), s.lagging(), s.aboveRange(),
                    s.monitor(), s.noData(), s.willMeet()};
            for (int i = 0; i < counts.length; i++) {
                SheetWriter.count(row, 2 + i, counts[i], styles.number("0"));
            }
        }
        sheet.layout(14, 60, 8, 8, 9, 12, 11, 9, 7, 7, 11);
    }
}
