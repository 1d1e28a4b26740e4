package cn.jingan.planwatch.normalize;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.RichTextString;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a real return workbook (.xlsx or .xls) the way a bureau fills one in: sheets in order, some hidden,
 * rows at the numbers a clerk sees, merged title cells, percent-formatted cells, formulas with cached results
 * and date cells.
 */
public final class ReturnWorkbook {

    /** The two formats bureaus send. */
    public enum Format {
        XLSX("xlsx"), XLS("xls");

        final String extension;

        Format(String extension) {
            this.extension = extension;
        }
    }

    /** A number shown as a percentage (0.88 shows as 88.00%). */
    public record Percent(double fraction) {}

    /** Text in runs of different fonts, as a clerk writes a label with its unit in red: the runs' text joined. */
    public record Rich(String... runs) {}

    /** A formula; the workbook is written with its cached result. */
    public record Formula(String expression) {}

    private final Format format;
    private boolean calculated = true;
    private final List<SheetSpec> sheets = new ArrayList<>();

    private ReturnWorkbook(Format format) {
        this.format = format;
    }

    public static ReturnWorkbook in(Format format) {
        return new ReturnWorkbook(format);
    }

    public static Percent percent(double fraction) {
        return new Percent(fraction);
    }

    public static Rich rich(String... runs) {
        return new Rich(runs);
    }

    public static Formula formula(String expression) {
        return new Formula(expression);
    }

    /** Starts a visible sheet; later rows go to it. */
    /** Writes formulas without their results, as scripts and manual calculation do (.xlsx only). */
    public ReturnWorkbook uncalculated() {
        calculated = false;
        return this;
    }

    public ReturnWorkbook sheet(String name) {
        sheets.add(new SheetSpec(name, SheetVisibility.VISIBLE));
        return this;
    }

    /** Starts a sheet hidden (HIDDEN) or hidden so that Excel's menu cannot show it (VERY_HIDDEN). */
    public ReturnWorkbook hiddenSheet(String name, SheetVisibility visibility) {
        sheets.add(new SheetSpec(name, visibility));
        return this;
    }

    /** Row {@code number} (one-based, as a clerk reads it) of the current sheet; null cells stay empty. */
    public ReturnWorkbook row(int number, Object... cells) {
        current().rows.add(new RowSpec(number, cells));
        return this;
    }

    /** Merges a range of the current sheet, e.g. {@code A1:F1}. */
    public ReturnWorkbook merge(String range) {
        current().merges.add(range);
        return this;
    }

    /** The usual header block and table header of a quarterly return, rows 1–4. */
    public ReturnWorkbook standardTop(String bureauName, String period, String... columns) {
        return row(1, "静安区“十四五”规划指标报表").merge("A1:E1")
                .row(2, "填报单位", bureauName, null, "报告期", period)
                .row(4, (Object[]) columns);
    }

    public Path write(Path folder, String baseName) throws IOException {
        Files.createDirectories(folder);
        Path file = folder.resolve(baseName + "." + format.extension);
        try (Workbook workbook = format == Format.XLS ? new HSSFWorkbook() : new XSSFWorkbook()) {
            Styles styles = new Styles(workbook);
            for (SheetSpec spec : sheets) {
                fill(workbook.createSheet(spec.name), spec, styles);
            }
            int firstVisible = 0;
            for (int i = sheets.size() - 1; i >= 0; i--) {
                if (sheets.get(i).visibility == SheetVisibility.VISIBLE) {
                    firstVisible = i;
                }
            }
            workbook.setActiveSheet(firstVisible);
            workbook.setFirstVisibleTab(firstVisible);
            for (int i = 0; i < sheets.size(); i++) {
                workbook.setSheetVisibility(i, sheets.get(i).visibility);
            }
            if (calculated) {
                workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                workbook.write(out);
            }
        }
        return file;
    }

    private static void fill(Sheet sheet, SheetSpec spec, Styles styles) {
        for (RowSpec rowSpec : spec.rows) {
            Row row = sheet.createRow(rowSpec.number - 1);
            for (int c = 0; c < rowSpec.cells.length; c++) {
                Object value = rowSpec.cells[c];
                if (value != null) {
                    set(row.createCell(c), value, styles);
                }
            }
        }
        spec.merges.forEach(range -> sheet.addMergedRegion(CellRangeAddress.valueOf(range)));
    }

    private static void set(Cell cell, Object value, Styles styles) {
        if (value instanceof String text) {
            cell.setCellValue(text);
        } else if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
        } else if (value instanceof Percent p) {
            cell.setCellValue(p.fraction());
            cell.setCellStyle(styles.percent);
        } else if (value instanceof Rich rich) {
            cell.setCellValue(styles.rich(String.join("", rich.runs()), rich.runs()));
        } else if (value instanceof Formula f) {
            cell.setCellFormula(f.expression());
        } else if (value instanceof LocalDate date) {
            cell.setCellValue(date);
            cell.setCellStyle(styles.date);
        } else if (value instanceof Boolean b) {
            cell.setCellValue(b);
        } else {
            throw new IllegalArgumentException("no cell for " + value);
        }
    }

    private SheetSpec current() {
        if (sheets.isEmpty()) {
            sheet("报表");
        }
        return sheets.get(sheets.size() - 1);
    }

    private record SheetSpec(String name, SheetVisibility visibility, List<RowSpec> rows, List<String> merges) {
        SheetSpec(String name, SheetVisibility visibility) {
            this(name, visibility, new ArrayList<>(), new ArrayList<>());
        }
    }

    private record RowSpec(int number, Object[] cells) {}

    /** The cell styles one workbook shares. */
    private static final class Styles {
        final CellStyle percent;
        final CellStyle date;
        final Workbook workbook;
        final Font red;

        Styles(Workbook workbook) {
            this.workbook = workbook;
            red = workbook.createFont();
            red.setColor(IndexedColors.RED.getIndex());
            red.setBold(true);
            percent = workbook.createCellStyle();
            percent.setDataFormat(workbook.createDataFormat().getFormat("0.00%"));
            date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
        }

        /** Every other run in red bold. */
        RichTextString rich(String text, String[] runs) {
            RichTextString rich = workbook.getCreationHelper().createRichTextString(text);
            int at = 0;
            for (int i = 0; i < runs.length; i++) {
                if (i % 2 == 1 && !runs[i].isEmpty()) {
                    rich.applyFont(at, at + runs[i].length(), red);
                }
                at += runs[i].length();
            }
            return rich;
        }
    }
}
