package cn.jingan.planwatch.report;

import cn.jingan.planwatch.intake.Receipt;
import cn.jingan.planwatch.intake.ReceiptFormat;
import cn.jingan.planwatch.normalize.Finding;
import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The receipt a clerk opens: status and summary on top, then one line per error and warning. */
public final class WorkbookReceiptFormat implements ReceiptFormat {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneId.of("Asia/Shanghai"));

    @Override
    public String extension() {
        return "xlsx";
    }

    @Override
    public void write(Receipt receipt, OutputStream out) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("回执");
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle header = workbook.createCellStyle();
            header.cloneStyleFrom(bold);
            header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
            header.setFillPattern(FillPatternType.SOLID_FOREGROUND);

            int r = 0;
            r = line(sheet, r, bold, "报表接收回执");
            r = line(sheet, r, bold, "状态", receipt.statusZh());
            r = line(sheet, r, null, "说明", receipt.summaryZh());
            r = line(sheet, r, null, "填报单位", receipt.bureauNameZh() + "（" + receipt.bureauCode() + "）");
            r = line(sheet, r, null, "文件名", receipt.file());
            r = line(sheet, r, null, "报告期", receipt.periodCode() == null ? "" : receipt.periodCode());
            r = line(sheet, r, null, "报送时间", TIME.format(receipt.receivedAt()));
            r = line(sheet, r, null, "处理时间", TIME.format(receipt.processedAt()));
            r = line(sheet, r, null, "入库数据条数", Integer.toString(receipt.rows()));
            r = line(sheet, r, null, "文件指纹(SHA-256)", receipt.sha256());
            r++;
            r = findings(sheet, r, header, "错误（须修改后重新报送）", receipt.errors());
            r++;
            findings(sheet, r, header, "提示（不影响接收，请核对）", receipt.warnings());
            sheet.setColumnWidth(0, 24 * 256);
            sheet.setColumnWidth(1, 14 * 256);
            sheet.setColumnWidth(2, 10 * 256);
            sheet.setColumnWidth(3, 80 * 256);
            workbook.write(out);
        }
    }

    private static int findings(Sheet sheet, int r, CellStyle header, String title, List<Finding> findings) {
        r = line(sheet, r, header, title + "：" + findings.size() + " 条");
        if (findings.isEmpty()) {
            return r;
        }
        r = line(sheet, r, header, "工作表", "单元格", "代码", "问题及修改方法");
        for (Finding f : findings) {
            r = line(sheet, r, null, nullToEmpty(f.sheet()), nullToEmpty(f.cell()), f.code(), f.messageZh());
        }
        return r;
    }

    private static int line(Sheet sheet, int r, CellStyle style, String... values) {
        Row row = sheet.createRow(r);
        for (int c = 0; c < values.length; c++) {
            row.createCell(c).setCellValue(values[c]);
            if (style != null) {
                row.getCell(c).setCellStyle(style);
            }
        }
        return r + 1;
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
