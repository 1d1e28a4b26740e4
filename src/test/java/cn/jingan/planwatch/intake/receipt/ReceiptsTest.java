package cn.jingan.planwatch.intake.receipt;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jingan.planwatch.catalog.Catalog;
import cn.jingan.planwatch.excel.PoiWorkbookReader;
import cn.jingan.planwatch.excel.PrintedPdf;
import cn.jingan.planwatch.excel.ReadLimits;
import cn.jingan.planwatch.intake.Fingerprint;
import cn.jingan.planwatch.intake.IntakeResult;
import cn.jingan.planwatch.normalize.ReturnFile;
import cn.jingan.planwatch.normalize.ReturnNormalizer;
import cn.jingan.planwatch.normalize.ReturnValidator;
import cn.jingan.planwatch.normalize.ReturnWorkbook.Format;
import cn.jingan.planwatch.normalize.ReturnWorkbook;
import cn.jingan.planwatch.observation.PreviousValues;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every file is answered in {@code outbox/<bureau>/} by an .xlsx a clerk opens and a JSON twin: the status,
 * each error with sheet, cell and a Chinese message, and the warnings. Both are read back as a clerk's Excel
 * and a machine would.
 */
class ReceiptsTest {

    private static final Catalog CATALOG = Catalog.load();
    private static final Instant RECEIVED = Instant.parse("2024-10-12T02:30:00Z");
    private static final Instant PROCESSED = Instant.parse("2024-10-12T03:00:00Z");
    private static final String[] COLUMNS = {"指标编码", "指标名称", "本期值", "计量单位"};

    @TempDir
    Path data;

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void aRejectedFilesReceiptListsEveryErrorWithSheetCellAndMessageInBothFormats() throws IOException {
        // given
        Path file = threeErrors(Format.XLS, "q3-bad");

        // when
        List<Path> written = answer(validated(file, PreviousValues.NONE));

        // then
        String base = "q3-bad.xls." + Fingerprint.sha256(file).substring(0, 8) + ".receipt";
        assertThat(written).containsExactly(outboxFolder().resolve(base + ".xlsx"), outboxFolder().resolve(base + ".json"));
        assertThat(filesIn(outboxFolder())).containsExactlyInAnyOrderElementsOf(written);

        List<List<String>> sheet = rows(written.get(0));
        assertThat(sheet).contains(List.of("状态", "已退回"), List.of("填报单位", "区房管局（housing）"),
                List.of("文件名", "q3-bad.xls"), List.of("入库数据条数", "0"),
                List.of("报送时间", "2024-10-12 10:30:00 +08:00"), List.of("处理时间", "2024-10-12 11:00:00 +08:00"),
                List.of("错误（须修改后重新报送）：3 条"), List.of("提示（不影响接收，请核对）：0 条"));
        assertThat(valueOf(sheet, "说明")).contains("已整体退回", "共发现 3 处问题");
        assertThat(findingRows(sheet)).extracting(r -> r.subList(0, 3)).containsExactly(
                List.of("报表", "C5", "BAD_VALUE"), List.of("报表", "A6", "NOT_OWNER"), List.of("报表", "D7", "UNKNOWN_UNIT"));
        assertThat(findingRows(sheet)).extracting(r -> r.get(3)).satisfiesExactly(
                m -> assertThat(m).contains("“约25”不是有效数值"),
                m -> assertThat(m).contains("由区商务委填报"),
                m -> assertThat(m).contains("计量单位“公顷”无法换算"));

        JsonNode twin = read(written.get(1));
        assertThat(twin.get("status").asString()).isEqualTo("rejected");
        assertThat(twin.get("statusZh").asString()).isEqualTo("已退回");
        assertThat(twin.get("bureauCode").asString()).isEqualTo("housing");
        assertThat(twin.get("sha256").asString()).isEqualTo(Fingerprint.sha256(file));
        assertThat(twin.get("receivedAt").asString()).isEqualTo("2024-10-12T02:30:00Z");
        assertThat(twin.get("rows").asInt()).isZero();
        assertThat(located(twin.get("errors"))).containsExactly("BAD_VALUE 报表!C5", "NOT_OWNER 报表!A6",
                "UNKNOWN_UNIT 报表!D7");
        assertThat(twin.get("errors").get(0).get("messageZh").asString()).isEqualTo(findingRows(sheet).get(0).get(3));
        assertThat(twin.get("warnings")).isEmpty();
    }

    @Test
    void anAcceptedFilesReceiptCountsItsValuesAndListsItsWarnings() throws IOException {
        // given: 2024-Q2 held 5; 25.3 is over five times that
        Path file = twoValues(25.3, "万平方米", "q3");
        PreviousValues previous = (indicator, period, area, measure) -> indicator.equals("I16")
                && period.equals("2024-Q2") && measure.equals("period") ? Optional.of(BigDecimal.valueOf(5))
                : Optional.empty();

        // when
        List<Path> written = answer(validated(file, previous));

        // then
        List<List<String>> sheet = rows(written.get(0));
        assertThat(sheet).contains(List.of("状态", "已接收"), List.of("报告期", "2024-Q3"), List.of("入库数据条数", "2"),
                List.of("错误（须修改后重新报送）：0 条"), List.of("提示（不影响接收，请核对）：1 条"));
        assertThat(valueOf(sheet, "说明")).contains("共 2 个数据入库", "有 1 条提示");
        assertThat(findingRows(sheet)).extracting(r -> r.subList(0, 3)).containsExactly(
                List.of("报表", "C5", "VALUE_JUMP"));
        JsonNode twin = read(written.get(1));
        assertThat(twin.get("status").asString()).isEqualTo("accepted");
        assertThat(twin.get("rows").asInt()).isEqualTo(2);
        assertThat(twin.get("errors")).isEmpty();
        assertThat(located(twin.get("warnings"))).containsExactly("VALUE_JUMP 报表!C5");
    }

    @Test
    void anAcceptedFilesReceiptListsEveryValueRecordedWithIndicatorNamePeriodAreaValueAndUnit() throws IOException {
        // given: 2.5 万平方米 given in 平方米, recorded in the catalog unit
        Path file = twoValues(25000, "平方米", "q3-values");

        // when
        List<Path> written = answer(validated(file, PreviousValues.NONE));

        // then
        List<List<String>> sheet = rows(written.get(0));
        int title = sheet.indexOf(List.of("已入库数据：2 条（请逐项核对是否与报送的一致）"));
        assertThat(title).isPositive();
        assertThat(sheet.subList(title + 1, sheet.size())).containsExactly(
                List.of("指标编码", "报告期", "区域", "指标名称", "数值", "计量单位"),
                List.of("I16", "2024-Q3", "静安区", "旧住房综合改造面积", "2.5", "万平方米"),
                List.of("I17", "2024-Q3", "静安区", "小梁薄板非成套职工住宅改造完成率", "96.5", "%"));
        JsonNode twin = read(written.get(1));
        assertThat(twin.get("values")).hasSize(2);
        assertThat(twin.get("values").get(0).get("cell").asString()).isEqualTo("C5");
        assertThat(twin.get("values").get(0).get("value").decimalValue()).isEqualByComparingTo("2.5");
    }

    @Test
    void aReceiptPrintsOnA4FittedToTheWidthWithWrappedTextBordersAndRowsTallEnoughForTheirText()
            throws IOException {
        // given
        Path file = ReturnWorkbook.in(Format.XLSX).sheet("报表").standardTop("区房管局", "2024年第3季度", COLUMNS)
                .row(5, "I16", null, "约25", "万平方米")
                .write(inbox(), "q3-print");

        // when
        Path receipt = answer(validated(file, PreviousValues.NONE)).get(0);

        // then
        try (InputStream in = Files.newInputStream(receipt); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
            assertThat(sheet.getFitToPage()).isTrue();
            assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
            assertThat(sheet.getPrintSetup().getFitHeight()).isZero();
            Row summary = rowStartingWith(sheet, "说明");
            assertThat(summary.getCell(1).getCellStyle().getWrapText()).isTrue();
            assertThat(summary.getCell(1).getCellStyle().getBorderBottom()).isEqualTo(BorderStyle.THIN);
            assertThat(sheet.getMergedRegions()).extracting(CellRangeAddress::formatAsString)
                    .contains("B" + (summary.getRowNum() + 1) + ":F" + (summary.getRowNum() + 1));
            assertThat(summary.getHeightInPoints()).isGreaterThan(sheet.getDefaultRowHeightInPoints());
        }
    }

    @Test
    void aRejectedXlsxGetsACopyOfTheClerksWorkbookWithEachWrongCellFilledAndCommentedAndTheOriginalUnchanged()
            throws IOException {
        // given
        Path file = ReturnWorkbook.in(Format.XLSX).sheet("报表").standardTop("区房管局", "2024年第3季度", COLUMNS)
                .row(5, "I16", null, "约25", "万平方米")
                .row(6, "I17", null, 96.5, "%")
                .row(7, "I01", null, 3, "家")
                .write(inbox(), "q3-marked");
        String before = Fingerprint.sha256(file);
        IntakeResult result = validated(file, PreviousValues.NONE);

        // when
        List<Path> written = answer(result, file);

        // then
        Path marked = outboxFolder().resolve("q3-marked.xlsx." + before.substring(0, 8) + ".receipt.marked.xlsx");
        assertThat(written).hasSize(3).contains(marked);
        assertThat(Fingerprint.sha256(file)).isEqualTo(before);
        try (InputStream in = Files.newInputStream(marked); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            XSSFSheet sheet = workbook.getSheet("报表");
            XSSFCell wrongValue = sheet.getRow(4).getCell(2);
            XSSFCell wrongCode = sheet.getRow(6).getCell(0);
            XSSFCell fine = sheet.getRow(5).getCell(2);
            assertThat(wrongValue.getStringCellValue()).isEqualTo("约25");
            assertThat(wrongValue.getCellStyle().getFillPattern()).isEqualTo(FillPatternType.SOLID_FOREGROUND);
            assertThat(wrongValue.getCellComment().getString().getString()).contains("“约25”不是有效数值");
            assertThat(wrongCode.getCellComment().getString().getString()).contains("由区商务委填报");
            assertThat(fine.getCellComment()).isNull();
            assertThat(fine.getCellStyle().getFillPattern()).isEqualTo(FillPatternType.NO_FILL);
            assertThat(fine.getNumericCellValue()).isEqualTo(96.5);
        }
    }

    @Test
    void aRejectedAndAnAcceptedReceiptPrintedByLibreOfficeEachFitOneA4PageWithNothingCutOff() throws Exception {
        // given
        Path bad = threeErrors(Format.XLSX, "q3-print-bad");
        Path good = twoValues(25.3, "万平方米", "q3-print-good");
        Path pdfs = Files.createDirectories(data.resolve("pdf"));

        // when
        Path rejected = PrintedPdf.keep(PrintedPdf.render(answer(validated(bad, PreviousValues.NONE)).get(0), pdfs),
                "receipt_rejected.pdf");
        Path accepted = PrintedPdf.keep(PrintedPdf.render(answer(validated(good, PreviousValues.NONE)).get(0), pdfs),
                "receipt_accepted.pdf");

        // then: one page each, the fix text whole (its last words printed), the values listed
        assertThat(PrintedPdf.pages(rejected)).isEqualTo(1);
        String rejectedText = PrintedPdf.text(rejected, 1).replaceAll("\\s+", "");
        assertThat(rejectedText).contains("已退回", "+08:00", "UNKNOWN_UNIT", "约25", "公顷");
        String lastMessage = findingRows(rows(answer(validated(bad, PreviousValues.NONE)).get(0))).get(2).get(3);
        assertThat(rejectedText).contains(lastMessage.substring(lastMessage.length() - 8).replaceAll("\\s+", ""));
        assertThat(PrintedPdf.pages(accepted)).isEqualTo(1);
        assertThat(PrintedPdf.text(accepted, 1).replaceAll("\\s+", "")).contains("已入库数据：2条", "旧住房综合改造面积",
                "25.3", "96.5");
    }

    @Test
    void anAcceptedXlsxGetsNoMarkedCopy() throws IOException {
        // given
        Path file = ReturnWorkbook.in(Format.XLSX).sheet("报表").standardTop("区房管局", "2024年第3季度", COLUMNS)
                .row(5, "I16", null, 25.3, "万平方米")
                .write(inbox(), "q3-clean");

        // when
        List<Path> written = answer(validated(file, PreviousValues.NONE), file);

        // then
        assertThat(written).hasSize(2);
        assertThat(filesIn(outboxFolder())).hasSize(2);
    }

    @Test
    void aDuplicatesReceiptSaysWhichFileItRepeats() throws IOException {
        // given
        Path file = ReturnWorkbook.in(Format.XLSX).sheet("报表").standardTop("区房管局", "2024年第3季度", COLUMNS)
                .row(5, "I16", null, 25.3, "万平方米").write(inbox(), "q3-again");
        ReturnFile returnFile = new ReturnFile(file, "housing", Fingerprint.sha256(file), RECEIVED);

        // when
        List<Path> written = answer(IntakeResult.duplicate(returnFile, "inbox/housing/q3.xlsx"));

        // then
        List<List<String>> sheet = rows(written.get(0));
        assertThat(sheet).contains(List.of("状态", "重复报送"), List.of("入库数据条数", "0"));
        assertThat(valueOf(sheet, "说明")).contains("内容完全相同", "inbox/housing/q3.xlsx", "未重复入库");
        JsonNode twin = read(written.get(1));
        assertThat(twin.get("status").asString()).isEqualTo("duplicate");
        assertThat(twin.get("duplicateOf").asString()).isEqualTo("inbox/housing/q3.xlsx");
        assertThat(twin.get("errors")).isEmpty();
    }

    @Test
    void aReceiptOfAFileWithTooManyErrorsListsTheCapAndSaysHowManyWereLeftOut() throws IOException {
        // given
        ReturnWorkbook workbook = ReturnWorkbook.in(Format.XLSX).sheet("报表")
                .standardTop("区房管局", "2024年第3季度", COLUMNS);
        for (int row = 5; row < 5 + 230; row++) {
            workbook.row(row, "X" + row, null, row, "万平方米");
        }
        Path file = workbook.write(inbox(), "q3-many");

        // when
        List<Path> written = answer(validated(file, PreviousValues.NONE));

        // then
        int listed = ReturnValidator.MAX_FINDINGS + 1;
        List<List<String>> sheet = rows(written.get(0));
        assertThat(sheet).contains(List.of("错误（须修改后重新报送）：" + listed + " 条"));
        List<List<String>> errors = findingRows(sheet);
        assertThat(errors).hasSize(listed);
        assertThat(errors.get(0).subList(0, 3)).containsExactly("报表", "A5", "UNKNOWN_INDICATOR");
        assertThat(errors.get(listed - 1).get(2)).isEqualTo("TOO_MANY_ERRORS");
        assertThat(errors.get(listed - 1).get(3)).contains("前 200 处", "另有 30 处未列出");
        JsonNode twin = read(written.get(1));
        assertThat(twin.get("errors")).hasSize(listed);
        assertThat(twin.get("errors").get(listed - 1).get("code").asString()).isEqualTo("TOO_MANY_ERRORS");
    }

    @Test
    void aReceiptShowsItsTimesOnThePlansClockWithTheZonesOffset() throws IOException {
        // given
        Path file = ReturnWorkbook.in(Format.XLSX).sheet("报表").standardTop("区房管局", "2024年第3季度", COLUMNS)
                .row(5, "I16", null, 25, "万平方米")
                .write(inbox(), "q3-zone");

        // when
        List<Path> written = answer(validated(file, PreviousValues.NONE),
                new WorkbookReceiptFormat(ZoneId.of("Europe/Berlin")));

        // then
        List<List<String>> sheet = rows(written.get(0));
        assertThat(sheet).contains(List.of("报送时间", "2024-10-12 04:30:00 +02:00"),
                List.of("处理时间", "2024-10-12 05:00:00 +02:00"));
    }

    // ---- helpers

    /** A clean return: I16 in the unit given, and I17 96.5 %. */
    private Path twoValues(Object i16, String i16Unit, String name) throws IOException {
        return ReturnWorkbook.in(Format.XLSX).sheet("报表").standardTop("区房管局", "2024年第3季度", COLUMNS)
                .row(5, "I16", null, i16, i16Unit)
                .row(6, "I17", null, 96.5, "%")
                .write(inbox(), name);
    }

    /** A return with three errors: no number (C5), another bureau's indicator (A6), a unit that does not convert (D7). */
    private Path threeErrors(Format format, String name) throws IOException {
        return ReturnWorkbook.in(format).sheet("报表").standardTop("区房管局", "2024年第3季度", COLUMNS)
                .row(5, "I16", null, "约25", "万平方米")
                .row(6, "I01", null, 3, "家")
                .row(7, "I17", null, 96.5, "公顷")
                .write(inbox(), name);
    }

    private IntakeResult validated(Path file, PreviousValues previous) throws IOException {
        Files.setLastModifiedTime(file, FileTime.from(RECEIVED));
        ReturnFile returnFile = new ReturnFile(file, "housing", Fingerprint.sha256(file), RECEIVED);
        return IntakeResult.of(new ReturnNormalizer(new PoiWorkbookReader(ReadLimits.DEFAULT), CATALOG, previous)
                .normalize(returnFile));
    }

    private List<Path> answer(IntakeResult result) {
        return answer(result, new WorkbookReceiptFormat());
    }

    private List<Path> answer(IntakeResult result, WorkbookReceiptFormat workbook) {
        return outbox(workbook).deliver(new ReceiptFactory(CATALOG).receipt(result, PROCESSED));
    }

    private List<Path> answer(IntakeResult result, Path original) {
        return outbox(new WorkbookReceiptFormat()).deliver(new ReceiptFactory(CATALOG).receipt(result, PROCESSED),
                original);
    }

    private Outbox outbox(WorkbookReceiptFormat workbook) {
        return new Outbox(data.resolve("outbox"), List.of(workbook, new JsonReceiptFormat()));
    }

    private static Row rowStartingWith(XSSFSheet sheet, String label) {
        for (Row row : sheet) {
            if (row.getCell(0) != null && label.equals(row.getCell(0).getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("no row " + label);
    }

    private Path inbox() {
        return data.resolve("inbox").resolve("housing");
    }

    private Path outboxFolder() {
        return data.resolve("outbox").resolve("housing");
    }

    private JsonNode read(Path file) {
        return json.readTree(file.toFile());
    }

    private static List<String> located(JsonNode findings) {
        List<String> out = new ArrayList<>();
        findings.forEach(f -> out.add(f.get("code").asString() + " " + f.get("sheet").asString() + "!"
                + f.get("cell").asString()));
        return out;
    }

    /** The receipt's cells, row by row, as a clerk's Excel shows them. */
    static List<List<String>> rows(Path xlsx) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        DataFormatter shown = new DataFormatter();
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            for (Row row : workbook.getSheetAt(0)) {
                List<String> cells = new ArrayList<>();
                for (Cell cell : row) {
                    cells.add(shown.formatCellValue(cell));
                }
                while (!cells.isEmpty() && cells.get(cells.size() - 1).isEmpty()) {
                    cells.remove(cells.size() - 1);
                }
                rows.add(cells);
            }
        }
        return rows;
    }

    /** The rows under each 工作表 / 单元格 / 代码 heading, errors then warnings. */
    static List<List<String>> findingRows(List<List<String>> sheet) {
        List<List<String>> findings = new ArrayList<>();
        boolean inList = false;
        for (List<String> row : sheet) {
            if (row.size() == 4 && row.get(0).equals("工作表")) {
                inList = true;
            } else if (row.size() < 3) {
                inList = false;
            } else if (inList) {
                findings.add(row);
            }
        }
        return findings;
    }

    static String valueOf(List<List<String>> sheet, String label) {
        return sheet.stream().filter(r -> r.size() == 2 && r.get(0).equals(label)).map(r -> r.get(1)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + label + " in " + sheet));
    }

    private static List<Path> filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        }
    }
}
