package cn.jingan.planwatch.report.workbook;

import cn.jingan.planwatch.report.StatusColors;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The cell styles of the evaluation workbook, each made once: headers, text, numbers in their formats, status fills. */
final class Styles {

    /** Format of shares: 序时进度 and progress. */
    static final String PERCENT = "0.0%";
    /** Format of times, in Beijing time. */
    static final String TIME = "yyyy-mm-dd hh:mm";
    /** Format of dates. */
    static final String DATE = "yyyy-mm-dd";

    private final XSSFWorkbook workbook;
    private final Map<String, XSSFCellStyle> cache = new HashMap<>();
    private final XSSFFont font;
    private final XSSFFont bold;

    Styles(XSSFWorkbook workbook) {
        this.workbook = workbook;
        this.font = workbook.createFont();
        font.setFontName("等线");
        font.setFontHeightInPoints((short) 10);
        this.bold = workbook.createFont();
        bold.setFontName("等线");
        bold.setFontHeightInPoints((short) 10);
        bold.setBold(true);
    }

    /** A bold, grey, wrapped header cell. */
    XSSFCellStyle header() {
        return cache.computeIfAbsent("header", k -> {
            XSSFCellStyle style = bordered();
            style.setFont(bold);
            style.setWrapText(true);
            style.setAlignment(HorizontalAlignment.CENTER);
            style.setFillForegroundColor(color("EAEEF2"));
            style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            return style;
        });
    }

    /** Wrapped text with borders. */
    XSSFCellStyle text() {
        return cache.computeIfAbsent("text", k -> {
            XSSFCellStyle style = bordered();
            style.setWrapText(true);
            return style;
        });
    }

    /** A number in {@code format}, e.g. {@code #,##0.00" 亿元"} or {@link #PERCENT}. */
    XSSFCellStyle number(String format) {
        return cache.computeIfAbsent("number:" + format, k -> {
            XSSFCellStyle style = bordered();
            style.setDataFormat(workbook.createDataFormat().getFormat(format));
            return style;
        });
    }

    /** A status cell in its colour of the national evaluation, white bold text. */
    XSSFCellStyle status(String status) {
        return cache.computeIfAbsent("status:" + status, k -> {
            XSSFCellStyle style = bordered();
            XSSFFont white = workbook.createFont();
            white.setFontName("等线");
            white.setFontHeightInPoints((short) 10);
            white.setBold(true);
            white.setColor(color("FFFFFF"));
            style.setFont(white);
            style.setAlignment(HorizontalAlignment.CENTER);
            style.setFillForegroundColor(color(StatusColors.hex(status)));
            style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            return style;
        });
    }

    /** A large bold title without borders. */
    XSSFCellStyle title() {
        return cache.computeIfAbsent("title", k -> {
            XSSFCellStyle style = workbook.createCellStyle();
            XSSFFont big = workbook.createFont();
            big.setFontName("等线");
            big.setFontHeightInPoints((short) 16);
            big.setBold(true);
            style.setFont(big);
            return style;
        });
    }

    /** The number format of a value in {@code unit}: two decimals and the unit, a percent sign for {@code %}. */
    static String unitFormat(String unit) {
        if (unit == null || unit.isBlank()) {
            return "#,##0.00";
        }
        return "#,##0.00\" " + unit.replace("\"", "") + "\"";
    }

    static XSSFColor color(String hex) {
        return new XSSFColor(java.util.HexFormat.of().parseHex(hex));
    }

    private XSSFCellStyle bordered() {
        XSSFCellStyle style = workbook.createCellStyle();
        style.setFont(font);
        style.setVerticalAlignment(VerticalAlignment.CENTER);
        style.setBorderTop(BorderStyle.THIN);
        style.setBorderBottom(BorderStyle.THIN);
        style.setBorderLeft(BorderStyle.THIN);
        style.setBorderRight(BorderStyle.THIN);
        return style;
    }
}
