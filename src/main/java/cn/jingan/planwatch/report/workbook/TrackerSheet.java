package cn.jingan.planwatch.report.workbook;

import cn.jingan.planwatch.report.BureauTally;
import cn.jingan.planwatch.report.Evaluation;
import cn.jingan.planwatch.warehouse.SubmissionStatusRow;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The submission tracker: per bureau, returns on time, late, missing and not yet due; then every return owed. */
final class TrackerSheet {
    private TrackerSheet() {}

    static final String NAME = "报送情况";

    static void write(XSSFWorkbook workbook, Styles styles, Evaluation e) {
        SheetWriter sheet = new SheetWriter(workbook.createSheet(NAME), styles);
        sheet.header("委办局编码", "委办局", "按时报送", "逾期报送", "逾期未报", "未到期", "逾期未报的报告期");
        for (BureauTally bureau : BureauTally.of(e.submissions())) {
            XSSFRow row = sheet.row();
            SheetWriter.text(row, 0, bureau.bureauCode(), styles.text());
            SheetWriter.text(row, 1, bureau.bureauName(), styles.text());
            SheetWriter.count(row, 2, bureau.received(), styles.number("0"));
            SheetWriter.count(row, 3, bureau.late(), styles.number("0"));
            SheetWriter.count(row, 4, bureau.missing(), styles.number("0"));
            SheetWriter.count(row, 5, bureau.notDue(), styles.number("0"));
            SheetWriter.text(row, 6, String.join("、", bureau.missingPeriods()), styles.text());
        }
        sheet.gap();
        sheet.labels("委办局编码", "委办局", "报告期", "报告期截止日", "报送截止日", "报送状态", "首次收到（北京时间）",
                "应报指标数", "已报指标数");
        for (SubmissionStatusRow r : e.submissions()) {
            XSSFRow row = sheet.row();
            SheetWriter.text(row, 0, r.bureauCode(), styles.text());
            SheetWriter.text(row, 1, r.bureauName(), styles.text());
            SheetWriter.text(row, 2, r.periodCode(), styles.text());
            SheetWriter.date(row, 3, r.endDate(), styles.number(Styles.DATE));
            SheetWriter.date(row, 4, r.dueDate(), styles.number(Styles.DATE));
            SheetWriter.text(row, 5, r.statusZh(), styles.text());
            SheetWriter.time(row, 6, r.firstReceivedAt(), e.zone(), styles.number(Styles.TIME));
            SheetWriter.count(row, 7, r.indicatorsDue(), styles.number("0"));
            SheetWriter.count(row, 8, r.indicatorsReceived(), styles.number("0"));
        }
        sheet.layout(12, 22, 12, 12, 12, 14, 40, 10, 10);
    }
}
