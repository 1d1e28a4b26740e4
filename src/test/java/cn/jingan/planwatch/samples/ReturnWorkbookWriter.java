package cn.jingan.planwatch.samples;

import cn.jingan.planwatch.catalog.Frequency;
import cn.jingan.planwatch.samples.BureauStyle.Column;
import cn.jingan.planwatch.samples.BureauStyle.Extra;
import cn.jingan.planwatch.samples.BureauStyle.Kind;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.util.CodePageUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Writes one sample return as a workbook laid out the way its bureau fills them in. */
final class ReturnWorkbookWriter {

    /** Fixed document dates keep the output byte for byte the same from run to run. */
    private static final String DOCUMENT_DATE = "2024-07-01T00:00:00Z";

    void write(SampleReturn sample, Path file) throws IOException {
        BureauStyle style = BureauStyles.of(sample.bureau());
        try (Workbook workbook = style.legacyFormat(sample.period().year()) ? new HSSFWorkbook() : new XSSFWorkbook()) {
            writeExtraSheet(workbook, style, sample);
            Sheet sheet = workbook.createSheet(sheetName(sample.frequency()));
            new Layout(workbook, sheet, style, sample).write();
            int returnSheet = workbook.getSheetIndex(sheet);
            workbook.setActiveSheet(returnSheet);
            workbook.setFirstVisibleTab(style.extra() == Extra.HIDDEN_OLD_SHEET_FIRST ? returnSheet : 0);
            fixDocumentDates(workbook);
            if (workbook instanceof HSSFWorkbook hssf) {
                hssf.createInformationProperties();
                hssf.getDocumentSummaryInformation().getFirstSection().setCodepage(CodePageUtil.CP_GBK);
                hssf.getSummaryInformation().getFirstSection().setCodepage(CodePageUtil.CP_GBK);
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            workbook.write(bytes);
            Files.createDirectories(file.getParent());
            Files.write(file, workbook instanceof XSSFWorkbook
                    ? StableZip.withFixedTimes(bytes.toByteArray()) : bytes.toByteArray());
        }
    }

    private static void writeExtraSheet(Workbook workbook, BureauStyle style, SampleReturn sample) {
        if (style.extra() == Extra.INSTRUCTIONS_SHEET_FIRST) {
            Sheet notes = workbook.createSheet("填表说明");
            String[] lines = {
                "填表说明",
                "1. 本表按季度填报，请于季度结束后15日内报送区发展改革委。",
                "2. “本期”填写本季度新增数，不含以前季度。",
                "3. 如无数据请填“—”，不要留空。"};
            for (int i = 0; i < lines.length; i++) {
                notes.createRow(i).createCell(0).setCellValue(lines[i]);
            }
        } else if (style.extra() == Extra.HIDDEN_OLD_SHEET_FIRST) {
            Sheet old = workbook.createSheet("旧模板（勿填）");
            Row header = old.createRow(0);
            header.createCell(0).setCellValue("指标名称");
            header.createCell(1).setCellValue("指标编码");
            header.createCell(2).setCellValue("本期值");
            Row stale = old.createRow(1);
            stale.createCell(0).setCellValue("新增上海高新技术成果转化项目数");
            stale.createCell(1).setCellValue("I11");
            stale.createCell(2).setCellValue(999);
            workbook.setSheetHidden(workbook.getSheetIndex(old), true);
        }
    }

    private static void fixDocumentDates(Workbook workbook) throws IOException {
        if (workbook instanceof XSSFWorkbook xssf) {
            var core = xssf.getProperties().getCoreProperties();
            try {
                core.setCreated(DOCUMENT_DATE);
                core.setModified(DOCUMENT_DATE);
            } catch (InvalidFormatException e) {
                throw new IOException("cannot set the document dates", e);
            }
        }
    }

    private static String sheetName(Frequency frequency) {
        return switch (frequency) {
            case MONTHLY -> "月报";
            case QUARTERLY -> "季报";
            case ANNUAL -> "年报";
        };
    }

    /** The cells of the return sheet, top to bottom. */
    private static final class Layout {
        private final Workbook workbook;
        private final Sheet sheet;
        private final BureauStyle style;
        private final SampleReturn sample;
        private final int left;
        private final int width;
        private int nextRow;

        Layout(Workbook workbook, Sheet sheet, BureauStyle style, SampleReturn sample) {
            this.workbook = workbook;
            this.sheet = sheet;
            this.style = style;
            this.sample = sample;
            this.left = style.firstColumn();
            this.width = style.columns().size();
            this.nextRow = style.firstColumn();
        }

        void write() {
            title();
            nextRow++;
            headerBlock();
            nextRow++;
            table();
        }

        private void title() {
            Row row = sheet.createRow(nextRow);
            Cell cell = row.createCell(left);
            cell.setCellValue("静安区“十四五”规划指标监测" + titleKind());
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            font.setFontHeightInPoints((short) 14);
            bold.setFont(font);
            bold.setAlignment(HorizontalAlignment.CENTER);
            cell.setCellStyle(bold);
            sheet.addMergedRegion(new CellRangeAddress(nextRow, nextRow, left, left + width - 1));
            nextRow++;
        }

        private String titleKind() {
            return switch (sample.frequency()) {
                case MONTHLY -> "月报表";
                case QUARTERLY -> sample.bureau().equals("finance") ? "季报表（累计）" : "季报表";
                case ANNUAL -> "年报表";
            };
        }

        private void headerBlock() {
            String filledOn = filledOn();
            switch (style.headerBlock()) {
                case COLON_IN_CELL -> {
                    Row first = sheet.createRow(nextRow++);
                    text(first, left, "填报单位：" + sample.reportingUnit());
                    text(first, left + width - 2, "报告期：" + ((Entry.Text) sample.periodLabel()).text());
                    Row second = sheet.createRow(nextRow++);
                    text(second, left, "填报人：" + style.clerk());
                    text(second, left + (width >= 5 ? 2 : 1), "联系电话：" + style.phone());
                    text(second, left + width - 2, "填报日期：" + filledOn);
                }
                case LABEL_THEN_VALUE -> pairs("填报单位", "报告期", "填报人", "联系电话", "填报日期", 1, filledOn);
                case SPACED_LABEL_GAP_VALUE -> pairs("填 报 单 位", "报 告 期", "填 报 人", "联系电话", "填报日期", 2, filledOn);
                case COLON_LABEL_THEN_VALUE -> pairs("填报单位：", "报告期：", "填报人：", "联系电话：", "填报日期：", 1, filledOn);
            }
        }

        /** Labels each followed, {@code gap} cells to the right, by their values. */
        private void pairs(String unitLabel, String periodLabel, String clerkLabel, String phoneLabel,
                           String dateLabel, int gap, String filledOn) {
            int secondLabel = left + gap + 1;
            Row first = sheet.createRow(nextRow++);
            text(first, left, unitLabel);
            text(first, left + gap, sample.reportingUnit());
            text(first, secondLabel, periodLabel);
            entry(first, secondLabel + 1, sample.periodLabel());
            Row second = sheet.createRow(nextRow++);
            text(second, left, clerkLabel);
            text(second, left + gap, style.clerk());
            text(second, secondLabel, phoneLabel);
            text(second, secondLabel + 1, style.phone());
            Row third = sheet.createRow(nextRow++);
            text(third, left, dateLabel);
            text(third, left + gap, filledOn);
        }

        private String filledOn() {
            LocalDate day = LocalDate.ofInstant(sample.receivedAt(), ZoneOffset.ofHours(8)).minusDays(1);
            return day.getYear() + "年" + day.getMonthValue() + "月" + day.getDayOfMonth() + "日";
        }

        private void table() {
            List<Column> columns = style.columns();
            Row header = sheet.createRow(nextRow++);
            for (int c = 0; c < columns.size(); c++) {
                text(header, left + c, columns.get(c).heading());
            }
            int sequence = 1;
            for (ReturnRow data : sample.rows()) {
                Row row = sheet.createRow(nextRow++);
                for (int c = 0; c < columns.size(); c++) {
                    Kind kind = columns.get(c).kind();
                    switch (kind) {
                        case SEQUENCE -> row.createCell(left + c).setCellValue(sequence);
                        case CODE -> text(row, left + c, data.code());
                        case NAME -> text(row, left + c, data.name());
                        case UNIT -> text(row, left + c, data.unit());
                        case VALUE -> entry(row, left + c, data.value());
                        case YEAR_TO_DATE -> entry(row, left + c, data.yearToDate());
                        case AREA -> text(row, left + c, data.area());
                        case NOTE -> text(row, left + c, data.note());
                    }
                }
                sequence++;
            }
            if (style.extra() == Extra.INSTRUCTIONS_SHEET_FIRST) {
                nextRow++;
            }
            text(sheet.createRow(nextRow++), left, style.footnote());
            for (int c = 0; c < columns.size(); c++) {
                sheet.setColumnWidth(left + c, columns.get(c).kind() == Kind.NAME ? 40 * 256 : 14 * 256);
            }
        }

        private void text(Row row, int column, String value) {
            Optional.ofNullable(value).filter(v -> !v.isEmpty())
                    .ifPresent(v -> row.createCell(column).setCellValue(v));
        }

        private void entry(Row row, int column, Entry entry) {
            if (entry instanceof Entry.Number n) {
                row.createCell(column).setCellValue(n.value().doubleValue());
            } else if (entry instanceof Entry.Percent p) {
                Cell cell = row.createCell(column);
                cell.setCellValue(p.fraction().doubleValue());
                cell.setCellStyle(formatted("0.0%"));
            } else if (entry instanceof Entry.Text t) {
                text(row, column, t.text());
            } else if (entry instanceof Entry.Date d) {
                Cell cell = row.createCell(column);
                cell.setCellValue(d.date());
                cell.setCellStyle(formatted("yyyy\"年\"m\"月\""));
            }
        }

        private CellStyle formatted(String format) {
            CellStyle cellStyle = workbook.createCellStyle();
            cellStyle.setDataFormat(workbook.createDataFormat().getFormat(format));
            return cellStyle;
        }
    }
}
