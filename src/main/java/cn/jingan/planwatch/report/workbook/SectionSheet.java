package cn.jingan.planwatch.report.workbook;

import cn.jingan.planwatch.report.PlanWords;
import cn.jingan.planwatch.warehouse.MidtermRow;
import java.util.List;
import org.apache.poi.ss.usermodel.ConditionalFormattingThreshold.RangeType;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFConditionalFormattingRule;
import org.apache.poi.xssf.usermodel.XSSFDataBarFormatting;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFSheetConditionalFormatting;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * One sheet per plan section, or the per-street sheet: each indicator's target, baseline, latest or cumulative,
 * 序时进度 and progress (data bars, 0 to 100 %), status in its colour, projection and will-meet.
 */
final class SectionSheet {
    private SectionSheet() {}

    /** The columns, in order; the area columns stand after the indicator's. */
    static final List<String> COLUMNS = List.of("指标编码", "指标名称", "区域编码", "区域名称", "计量单位", "指标类型",
            "目标表述", "目标值", "目标上限", "基期值", "最新值", "考核期累计", "数据截止日", "序时进度", "进度", "评估状态",
            "推算期末值", "能否实现", "已达标街镇数", "考核街镇数", "同比变化");
    static final int ELAPSED = COLUMNS.indexOf("序时进度");
    static final int PROGRESS = COLUMNS.indexOf("进度");

    static void write(XSSFWorkbook workbook, Styles styles, String name, List<MidtermRow> rows,
                      java.util.Map<String, String> areaNames) {
        XSSFSheet sheet = workbook.createSheet(name);
        SheetWriter writer = new SheetWriter(sheet, styles);
        writer.header(COLUMNS.toArray(String[]::new));
        for (MidtermRow r : rows) {
            XSSFRow row = writer.row();
            String units = Styles.unitFormat(r.unit());
            SheetWriter.text(row, 0, r.indicatorCode(), styles.text());
            SheetWriter.text(row, 1, r.indicatorName(), styles.text());
            SheetWriter.text(row, 2, r.areaCode(), styles.text());
            SheetWriter.text(row, 3, areaNames.getOrDefault(r.areaCode(), r.areaCode()), styles.text());
            SheetWriter.text(row, 4, r.unit(), styles.text());
            SheetWriter.text(row, 5, PlanWords.kind(r.kind()), styles.text());
            SheetWriter.text(row, 6, PlanWords.comparator(r.comparator()), styles.text());
            SheetWriter.number(row, 7, r.target(), styles.number(units));
            SheetWriter.number(row, 8, r.targetMax(), styles.number(units));
            SheetWriter.number(row, 9, r.baseline(), styles.number(units));
            SheetWriter.number(row, 10, r.latest(), styles.number(units));
            SheetWriter.number(row, 11, r.cumulative(), styles.number(units));
            SheetWriter.date(row, 12, r.cutoff(), styles.number(Styles.DATE));
            SheetWriter.number(row, ELAPSED, r.elapsed(), styles.number(Styles.PERCENT));
            SheetWriter.number(row, PROGRESS, r.progress(), styles.number(Styles.PERCENT));
            SheetWriter.text(row, 15, r.statusZh(), styles.status(r.status()));
            SheetWriter.number(row, 16, r.projected(), styles.number(units));
            SheetWriter.text(row, 17, PlanWords.yesNo(r.willMeet()), styles.text());
            SheetWriter.count(row, 18, r.areasMet(), styles.number("0"));
            SheetWriter.count(row, 19, r.areasTotal(), styles.number("0"));
            SheetWriter.number(row, 20, r.yoyChange(), styles.number(units));
        }
        if (!rows.isEmpty()) {
            dataBars(sheet, ELAPSED, rows.size(), "AFB8C1");
            dataBars(sheet, PROGRESS, rows.size(), "0969DA");
        }
        writer.layout(8, 26, 8, 12, 8, 10, 8, 12, 10, 12, 12, 12, 11, 9, 9, 12, 12, 7, 8, 8, 12);
    }

    /** Data bars from 0 to 100 % in one column of the data rows. */
    private static void dataBars(XSSFSheet sheet, int column, int rows, String hex) {
        XSSFSheetConditionalFormatting formats = sheet.getSheetConditionalFormatting();
        XSSFConditionalFormattingRule rule = formats.createConditionalFormattingRule(Styles.color(hex));
        XSSFDataBarFormatting bars = rule.getDataBarFormatting();
        bars.getMinThreshold().setRangeType(RangeType.NUMBER);
        bars.getMinThreshold().setValue(0d);
        bars.getMaxThreshold().setRangeType(RangeType.NUMBER);
        bars.getMaxThreshold().setValue(1d);
        formats.addConditionalFormatting(new CellRangeAddress[] {new CellRangeAddress(1, rows, column, column)}, rule);
    }
}
