package cn.jingan.planwatch.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Small real workbooks written with POI's user model, the way a bureau's return looks. */
final class TestWorkbooks {

    static final String RETURN_SHEET = "报表";
    static final String SECOND_SHEET = "附表";

    private TestWorkbooks() {}

    static Workbook newWorkbook(String extension) {
        return extension.equals("xls") ? new HSSFWorkbook() : new XSSFWorkbook();
    }

    /**
     * A return: a hidden and a very hidden sheet first, then the visible return sheet with a merged title,
     * a header block, a table with a percentage, formulas (number, text, boolean, error) and a date, then
     * a second visible sheet.
     */
    static Path sampleReturn(Path dir, String extension) throws IOException {
        try (Workbook wb = newWorkbook(extension)) {
            Sheet hidden = wb.createSheet("隐藏的底稿");
            hidden.createRow(0).createCell(0).setCellValue("不应读到");
            Sheet veryHidden = wb.createSheet("深度隐藏");
            veryHidden.createRow(0).createCell(0).setCellValue("也不应读到");
            Sheet sheet = wb.createSheet(RETURN_SHEET);
            fillReturn(wb, sheet);
            Sheet second = wb.createSheet(SECOND_SHEET);
            second.createRow(2).createCell(1).setCellValue("附注");
            wb.setActiveSheet(2);
            wb.setFirstVisibleTab(2);
            wb.setSheetVisibility(0, SheetVisibility.HIDDEN);
            wb.setSheetVisibility(1, SheetVisibility.VERY_HIDDEN);
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            return write(wb, dir.resolve("return." + extension));
        }
    }

    private static void fillReturn(Workbook wb, Sheet sheet) {
        CellStyle percent = wb.createCellStyle();
        percent.setDataFormat(wb.createDataFormat().getFormat("0.00%"));
        CellStyle date = wb.createCellStyle();
        date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));

        sheet.createRow(0).createCell(0).setCellValue("静安区“十四五”规划指标季度报表");
        sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 3));
        Row header = sheet.createRow(1);
        header.createCell(0).setCellValue("填报单位：区发展改革委");
        header.createCell(2).setCellValue("报告期");
        header.createCell(3).setCellValue("2024年第3季度");
        Row columns = sheet.createRow(3);
        String[] names = {"指标编码", "指标名称", "本期值", "计量单位"};
        for (int i = 0; i < names.length; i++) {
            columns.createCell(i).setCellValue(names[i]);
        }
        Row r5 = sheet.createRow(4);
        r5.createCell(0).setCellValue("S1-01");
        r5.createCell(1).setCellValue("服务业增加值占比");
        Cell share = r5.createCell(2);
        share.setCellValue(0.88);
        share.setCellStyle(percent);
        r5.createCell(3).setCellValue("%");
        Row r6 = sheet.createRow(5);
        r6.createCell(0).setCellValue("S1-02");
        r6.createCell(2).setCellFormula("C5*100+12");
        r6.createCell(3).setCellFormula("\"万\"&\"元\"");
        Row r7 = sheet.createRow(6);
        r7.createCell(0).setCellValue("S1-03");
        r7.createCell(2).setCellFormula("1/0");
        r7.createCell(3).setCellFormula("C5>0.5");
        Row r8 = sheet.createRow(7);
        r8.createCell(0).setCellValue("填报日期");
        Cell filed = r8.createCell(1);
        filed.setCellValue(LocalDate.of(2024, 10, 8));
        filed.setCellStyle(date);
        r8.createCell(2).setCellValue(true);
        r8.createCell(3).setCellValue(1234.5);
    }

    static Path write(Workbook wb, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            wb.write(out);
        }
        return file;
    }

    /** A one-sheet workbook whose rows 1..rows hold a code and a number. */
    static Path rows(Path file, String extension, int rows) throws IOException {
        try (Workbook wb = newWorkbook(extension)) {
            Sheet sheet = wb.createSheet("数据");
            for (int i = 0; i < rows; i++) {
                Row row = sheet.createRow(i);
                row.createCell(0).setCellValue("R" + (i + 1));
                row.createCell(1).setCellValue(i);
            }
            return write(wb, file);
        }
    }
}
