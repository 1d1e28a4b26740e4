package cn.jingan.planwatch.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import cn.jingan.planwatch.excel.UnreadableWorkbookException.Reason;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The package layer of .xlsx reading: entry names, content types and relationships as writers really store them. */
class OoxmlPackageTest {

    private static final String WORKBOOK_RELS = "xl/_rels/workbook.xml.rels";

    @TempDir
    Path dir;

    private final PoiWorkbookReader reader = new PoiWorkbookReader(ReadLimits.DEFAULT);

    private UnreadableWorkbookException failureOf(Path file) {
        return catchThrowableOfType(UnreadableWorkbookException.class,
                () -> reader.read(file, new RecordingVisitor()));
    }

    private Path sampleWith(UnaryOperator<String> rename, Map<String, byte[]> added) throws Exception {
        return TestFiles.renameEntries(TestWorkbooks.sampleReturn(dir, "xlsx"), dir.resolve("changed.xlsx"), rename,
                added);
    }

    @Test
    void readsAPackageWhoseEntryNamesUseBackslashesAndOtherCase() throws Exception {
        // given the sample return stored with Windows separators and upper-case names
        Path file = sampleWith(name -> name.replace('/', '\\').toUpperCase(java.util.Locale.ROOT), Map.of());
        RecordingVisitor visitor = new RecordingVisitor();
        // when
        reader.read(file, visitor);
        // then
        assertThat(visitor.sheets.keySet()).containsExactly(TestWorkbooks.RETURN_SHEET, TestWorkbooks.SECOND_SHEET);
        assertThat(visitor.cell(TestWorkbooks.RETURN_SHEET, "C5").percent()).isTrue();
    }

    @Test
    void readsSheetsWhoseRelationshipTargetsAreAbsolute() throws Exception {
        // given workbook relationships that name their targets from the package root
        Path sample = TestWorkbooks.sampleReturn(dir, "xlsx");
        String rels = new String(readEntry(sample, WORKBOOK_RELS), StandardCharsets.UTF_8)
                .replace("Target=\"worksheets/", "Target=\"/xl/worksheets/")
                .replace("Target=\"sharedStrings.xml", "Target=\"/xl/./sharedStrings.xml");
        Path file = TestFiles.replaceEntries(sample, dir.resolve("absolute.xlsx"),
                Map.of(WORKBOOK_RELS, rels.getBytes(StandardCharsets.UTF_8)));
        RecordingVisitor visitor = new RecordingVisitor();
        // when
        reader.read(file, visitor);
        // then
        assertThat(rels).contains("Target=\"/xl/worksheets/");
        assertThat(visitor.sheets.keySet()).containsExactly(TestWorkbooks.RETURN_SHEET, TestWorkbooks.SECOND_SHEET);
        assertThat(visitor.cell(TestWorkbooks.RETURN_SHEET, "A1").text()).isNotBlank();
    }

    @Test
    void refusesAPackageHoldingTwoEntriesOfTheSameNameInDifferentCase() throws Exception {
        // given a second workbook part smuggled in under another case
        Path file = sampleWith(UnaryOperator.identity(),
                Map.of("XL/Workbook.xml", "<workbook/>".getBytes(StandardCharsets.UTF_8)));
        // when
        UnreadableWorkbookException failure = failureOf(file);
        // then
        assertThat(failure.reason()).isEqualTo(Reason.CORRUPT);
    }

    @Test
    void refusesAZipWithoutContentTypes() throws Exception {
        // given the sample return without its [Content_Types].xml
        Path file = sampleWith(name -> name.equals("[Content_Types].xml") ? "leftover.xml" : name, Map.of());
        // when
        UnreadableWorkbookException failure = failureOf(file);
        // then
        assertThat(failure.reason()).isEqualTo(Reason.CORRUPT);
        assertThat(failure.getMessage()).contains("损坏");
    }

    @Test
    void refusesAWorkbookWhoseSheetPartIsMissing() throws Exception {
        // given a package whose return sheet's entry went missing
        Path file = sampleWith(name -> name.equals("xl/worksheets/sheet3.xml") ? "xl/worksheets/gone.xml" : name,
                Map.of());
        // when
        UnreadableWorkbookException failure = failureOf(file);
        // then
        assertThat(failure.reason()).isEqualTo(Reason.CORRUPT);
        assertThat(failure.getMessage()).contains(TestWorkbooks.RETURN_SHEET);
    }

    @Test
    void refusesASmallPartThatInflatesBeyondTheRatioOnceItPassesTheGrace() throws Exception {
        // given shared strings of 300 kB of one repeated character: far past the grace, packed a thousandfold
        String strings = "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si><t>"
                + "x".repeat(300_000) + "</t></si></sst>";
        Path file = TestFiles.replaceEntries(TestWorkbooks.sampleReturn(dir, "xlsx"), dir.resolve("bomb.xlsx"),
                Map.of("xl/sharedStrings.xml", strings.getBytes(StandardCharsets.UTF_8)));
        // when
        UnreadableWorkbookException failure = failureOf(file);
        // then
        assertThat(failure.reason()).isEqualTo(Reason.UNSAFE);
    }

    private static byte[] readEntry(Path zip, String name) throws Exception {
        try (java.util.zip.ZipFile file = new java.util.zip.ZipFile(zip.toFile())) {
            return file.getInputStream(file.getEntry(name)).readAllBytes();
        }
    }
}
