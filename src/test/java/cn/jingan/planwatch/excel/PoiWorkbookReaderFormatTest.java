package cn.jingan.planwatch.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import cn.jingan.planwatch.excel.UnreadableWorkbookException.Reason;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The format of a file is judged by its content, whatever its name says. */
class PoiWorkbookReaderFormatTest {

    @TempDir
    Path dir;

    private final PoiWorkbookReader reader = new PoiWorkbookReader(ReadLimits.DEFAULT);

    private UnreadableWorkbookException failureOf(Path file) {
        return catchThrowableOfType(UnreadableWorkbookException.class,
                () -> reader.read(file, new RecordingVisitor()));
    }

    @Test
    void readsAnXlsThatIsReallyAnXlsx() throws Exception {
        // given
        Path file = TestFiles.copyAs(TestWorkbooks.sampleReturn(dir, "xlsx"), dir.resolve("renamed.xls"));
        RecordingVisitor visitor = new RecordingVisitor();
        // when
        reader.read(file, visitor);
        // then
        assertThat(visitor.sheets.keySet()).containsExactly(TestWorkbooks.RETURN_SHEET, TestWorkbooks.SECOND_SHEET);
        assertThat(visitor.cell(TestWorkbooks.RETURN_SHEET, "C5").percent()).isTrue();
    }

    @Test
    void readsAnXlsxThatIsReallyALegacyXls() throws Exception {
        // given
        Path file = TestFiles.copyAs(TestWorkbooks.sampleReturn(dir, "xls"), dir.resolve("renamed.xlsx"));
        RecordingVisitor visitor = new RecordingVisitor();
        // when
        reader.read(file, visitor);
        // then
        assertThat(visitor.cell(TestWorkbooks.RETURN_SHEET, "C7").text()).isEqualTo("#DIV/0!");
    }

    @Test
    void rejectsAWebPageNamedXlsSayingWhatItIs() throws Exception {
        // given
        Path file = Files.writeString(dir.resolve("return.xls"), """
                <html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">
                <head><meta charset="utf-8"></head><body><table><tr><td>指标编码</td></tr></table></body></html>
                """);
        // when
        UnreadableWorkbookException failure = failureOf(file);
        // then
        assertThat(failure.reason()).isEqualTo(Reason.NOT_A_SPREADSHEET);
        assertThat(failure.getMessage())
                .isEqualTo("该文件实为网页（HTML）格式，并非 Excel 工作簿，请在 Excel 中另存为 .xlsx 后重新报送");
    }

    @Test
    void rejectsCsvNamedXlsSayingWhatItIs() throws Exception {
        // given
        Path file = Files.writeString(dir.resolve("return.xls"), "指标编码,本期值\nS1-01,12.5\nS1-02,3\n");
        // when
        UnreadableWorkbookException failure = failureOf(file);
        // then
        assertThat(failure.reason()).isEqualTo(Reason.NOT_A_SPREADSHEET);
        assertThat(failure.getMessage()).startsWith("该文件实为 CSV 文本格式，并非 Excel 工作簿");
    }

    @Test
    void rejectsAnExcel2003XmlSpreadsheetSayingWhatItIs() throws Exception {
        // given
        Path file = Files.writeString(dir.resolve("return.xls"), """
                <?xml version="1.0"?>
                <?mso-application progid="Excel.Sheet"?>
                <Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"></Workbook>
                """);
        // when
        UnreadableWorkbookException failure = failureOf(file);
        // then
        assertThat(failure.reason()).isEqualTo(Reason.NOT_A_SPREADSHEET);
        assertThat(failure.getMessage()).contains("XML 电子表格");
    }

    @Test
    void rejectsARawBiffWorkbookOfExcel4AsUnsupported() throws Exception {
        // given a BIFF4 BOF record with no OLE2 container around it
        byte[] biff4 = {0x09, 0x04, 0x06, 0x00, 0x00, 0x00, 0x10, 0x00, 0x00, 0x00, 0x0A, 0x00, 0x00, 0x00};
        Path file = Files.write(dir.resolve("old.xls"), biff4);
        // when
        UnreadableWorkbookException failure = failureOf(file);
        // then
        assertThat(failure.reason()).isEqualTo(Reason.UNSUPPORTED_FORMAT);
        assertThat(failure.getMessage()).contains("另存为 .xlsx");
    }

    @Test
    void rejectsAnEncryptedXlsx() throws Exception {
        // given
        Path file = TestFiles.encryptedXlsx(dir, "secret");
        // when
        UnreadableWorkbookException failure = failureOf(file);
        // then
        assertThat(failure.reason()).isEqualTo(Reason.ENCRYPTED);
        assertThat(failure.getMessage()).isEqualTo("文件已加密或设置了打开密码，请取消密码后重新报送");
    }

    @Test
    void rejectsAnEncryptedXls() throws Exception {
        // given
        Path file = TestFiles.encryptedXls(dir, "secret");
        // when
        UnreadableWorkbookException failure = failureOf(file);
        // then
        assertThat(failure.reason()).isEqualTo(Reason.ENCRYPTED);
        assertThat(failure.getMessage()).isEqualTo("文件已加密或设置了打开密码，请取消密码后重新报送");
    }

    @Test
    void rejectsACorruptZipAsCorrupt() throws Exception {
        // given the first half of a real .xlsx
        Path whole = TestWorkbooks.sampleReturn(dir, "xlsx");
        Path file = TestFiles.truncated(whole, dir.resolve("half.xlsx"), (int) Files.size(whole) / 2);
        // when
        UnreadableWorkbookException failure = failureOf(file);
        // then
        assertThat(failure.reason()).isEqualTo(Reason.CORRUPT);
        assertThat(failure.getMessage()).contains("文件已损坏");
    }

    @Test
    void rejectsAnEmptyFile() throws Exception {
        // given
        Path file = Files.write(dir.resolve("empty.xlsx"), new byte[0]);
        // when
        UnreadableWorkbookException failure = failureOf(file);
        // then
        assertThat(failure.reason()).isEqualTo(Reason.CORRUPT);
        assertThat(failure.getMessage()).contains("0 字节");
    }

    @Test
    void rejectsAMissingFileWithoutThrowingAnythingElse() {
        // given
        Path file = dir.resolve("nowhere.xlsx");
        // when
        UnreadableWorkbookException failure = failureOf(file);
        // then
        assertThat(failure.reason()).isEqualTo(Reason.CORRUPT);
    }

    @Test
    void rejectsABinaryWorkbookXlsbAsUnsupported() throws Exception {
        // given a package whose main part is the binary workbook
        Path xlsx = TestWorkbooks.sampleReturn(dir, "xlsx");
        String types = """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
                <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
                <Default Extension="xml" ContentType="application/xml"/>
                <Override PartName="/xl/workbook.xml" ContentType="application/vnd.ms-excel.sheet.binary.macroEnabled.main"/>
                </Types>""";
        Path file = TestFiles.replaceEntries(xlsx, dir.resolve("book.xlsb"),
                java.util.Map.of("[Content_Types].xml", types.getBytes(StandardCharsets.UTF_8)));
        // when
        UnreadableWorkbookException failure = failureOf(file);
        // then
        assertThat(failure.reason()).isEqualTo(Reason.UNSUPPORTED_FORMAT);
        assertThat(failure.getMessage()).contains(".xlsb");
    }
}
