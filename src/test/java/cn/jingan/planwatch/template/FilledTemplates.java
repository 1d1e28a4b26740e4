package cn.jingan.planwatch.template;

import cn.jingan.planwatch.excel.BlankFormWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiFunction;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Templates as a clerk fills them in Excel: a number typed into every value cell, saved under another name. */
public final class FilledTemplates {

    private FilledTemplates() {}

    /** A template row as the clerk sees it: indicator code and area name. */
    public record Line(String code, String area) {}

    /** Rows of the form, from the one under the header to the first without a code. */
    public static Map<Line, Row> lines(Sheet form) {
        Map<Line, Row> lines = new LinkedHashMap<>();
        for (int r = BlankFormWriter.HEADER_ROW; ; r++) {
            Row row = form.getRow(r);
            if (row == null || row.getCell(0) == null || row.getCell(0).getStringCellValue().isBlank()) {
                return lines;
            }
            lines.put(new Line(row.getCell(0).getStringCellValue(), row.getCell(2).getStringCellValue()), row);
        }
    }

    /**
     * Types {@code value(line, rowIndex)} into each value cell of {@code template} and saves it as {@code target}.
     *
     * @return the values typed, by line
     */
    public static Map<Line, BigDecimal> fill(Path template, Path target, BiFunction<Line, Integer, BigDecimal> value)
            throws IOException {
        Map<Line, BigDecimal> typed = new LinkedHashMap<>();
        try (InputStream in = Files.newInputStream(template); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            int n = 0;
            for (Map.Entry<Line, Row> line : lines(workbook.getSheet(BlankFormWriter.FORM_SHEET)).entrySet()) {
                BigDecimal v = value.apply(line.getKey(), n++);
                Cell cell = line.getValue().getCell(BlankFormWriter.VALUE_COLUMN);
                cell.setCellValue(v.doubleValue());
                typed.put(line.getKey(), v);
            }
            Files.createDirectories(target.getParent());
            try (OutputStream out = Files.newOutputStream(target)) {
                workbook.write(out);
            }
        }
        return typed;
    }
}
