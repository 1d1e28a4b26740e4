package cn.jingan.planwatch.report.workbook;

import cn.jingan.planwatch.report.Evaluation;
import cn.jingan.planwatch.warehouse.LineageRow;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** 数据来源: every observation a figure of the evaluation reads, with its source file, sheet and cell. */
final class LineageSheet {
    private LineageSheet() {}

    static final String NAME = "数据来源";

    static void write(XSSFWorkbook workbook, Styles styles, Evaluation e) {
        SheetWriter sheet = new SheetWriter(workbook.createSheet(NAME), styles);
        sheet.header("指标编码", "区域编码", "报告期", "口径", "数值", "计量单位", "用于", "委办局编码", "来源文件",
                "工作表", "单元格", "报送时间（北京时间）", "版本");
        for (LineageRow r : e.lineage()) {
            XSSFRow row = sheet.row();
            SheetWriter.text(row, 0, r.indicatorCode(), styles.text());
            SheetWriter.text(row, 1, r.areaCode(), styles.text());
            SheetWriter.text(row, 2, r.periodCode(), styles.text());
            SheetWriter.text(row, 3, "ytd".equals(r.measure()) ? "本年累计" : "本期值", styles.text());
            SheetWriter.number(row, 4, r.value(), styles.number(Styles.unitFormat(r.unit())));
            SheetWriter.text(row, 5, r.unit(), styles.text());
            SheetWriter.text(row, 6, uses(r), styles.text());
            SheetWriter.text(row, 7, r.bureauCode(), styles.text());
            SheetWriter.text(row, 8, r.sourceFile(), styles.text());
            SheetWriter.text(row, 9, r.sourceSheet(), styles.text());
            SheetWriter.text(row, 10, r.sourceCell(), styles.text());
            SheetWriter.time(row, 11, r.receivedAt(), e.zone(), styles.number(Styles.TIME));
            SheetWriter.count(row, 12, (long) r.version(), styles.number("0"));
        }
        sheet.layout(8, 8, 10, 9, 14, 8, 14, 11, 40, 12, 8, 17, 6);
    }

    private static String uses(LineageRow r) {
        List<String> uses = new ArrayList<>();
        if (r.countsForBaseline()) {
            uses.add("基期值");
        }
        if (r.countsForLatest()) {
            uses.add("最新值");
        }
        if (r.countsForCumulative()) {
            uses.add("考核期累计");
        }
        return String.join("、", uses);
    }
}
