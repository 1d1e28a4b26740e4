package cn.jingan.planwatch.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Known files of the robustness corpus get the verdict their MANIFEST.tsv description calls for. */
class CorpusVerdictsTest {

    private final PoiWorkbookReader reader = new PoiWorkbookReader(ReadLimits.DEFAULT);

    private static Path corpusFile(String name) {
        Path file = Corpus.file(name);
        assertThat(file).as("corpus file").isRegularFile();
        return file;
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            poi/poifs/protect.xlsx                                                       | ENCRYPTED
            other/qax-os__excelize/encryptAES.xlsx                                       | ENCRYPTED
            poi/spreadsheet/password.xls                                                 | ENCRYPTED
            poi/spreadsheet/xor-encryption-abc.xls                                       | ENCRYPTED
            poi/spreadsheet/35897-type4.xls                                              | ENCRYPTED
            poi/spreadsheet/testEXCEL_3.xls                                              | UNSUPPORTED_FORMAT
            poi/spreadsheet/testEXCEL_4.xls                                              | UNSUPPORTED_FORMAT
            poi/spreadsheet/testEXCEL_5.xls                                              | UNSUPPORTED_FORMAT
            poi/spreadsheet/59074.xls                                                    | UNSUPPORTED_FORMAT
            poi/spreadsheet/Simple.xlsb                                                  | UNSUPPORTED_FORMAT
            poi/spreadsheet/SampleSS.ods                                                 | UNSUPPORTED_FORMAT
            poi/spreadsheet/SampleSS.xml                                                 | NOT_A_SPREADSHEET
            poi/spreadsheet/poc-xmlbomb.xlsx                                             | UNSAFE
            poi/spreadsheet/54764.xlsx                                                   | UNSAFE
            other/pjfanning__excel-streaming-reader/entity-expansion-exploit-poc-file.xlsx | UNSAFE
            poi/spreadsheet/duplicate-filename.xlsx                                      | CORRUPT
            poi/openxml4j/invalid.xlsx                                                   | CORRUPT
            poi/spreadsheet/61300.xls                                                    | CORRUPT
            poi/spreadsheet/xlsx-corrupted.xlsx                                          | CORRUPT
            """)
    void refusesAKnownUnreadableFileWithTheRightReason(String name, UnreadableWorkbookException.Reason reason) {
        // given
        Path file = corpusFile(name);
        // when
        UnreadableWorkbookException failure = catchThrowableOfType(UnreadableWorkbookException.class,
                () -> reader.read(file, new RecordingVisitor()));
        // then
        assertThat(failure).as(name).isNotNull();
        assertThat(failure.reason()).isEqualTo(reason);
        assertThat(failure.getMessage()).containsPattern("\\p{IsHan}");
    }

    @Test
    void readsAStrictOoxmlWorkbook() throws Exception {
        // given a workbook saved by Excel 2013 as "Strict Open XML"
        Path file = corpusFile("poi/spreadsheet/SampleSS.strict.xlsx");
        RecordingVisitor visitor = new RecordingVisitor();
        // when
        reader.read(file, visitor);
        // then
        assertThat(visitor.sheets.keySet()).containsExactly("First Sheet", "Sheet Number 2", "Sheet3");
        assertThat(visitor.cell("First Sheet", "B2")).isEqualTo(SheetCell.text(1, 2, "2nd row 2nd column"));
        assertThat(visitor.row("Sheet Number 2", 7).cells()).containsExactly(
                SheetCell.number(0, 7, 1, false), SheetCell.number(1, 7, 10, false),
                SheetCell.number(2, 7, 2, false), SheetCell.number(3, 7, 13, false));
    }

    @Test
    void readsABiff8WorkbookWhoseStreamHasAnUnusualName() throws Exception {
        // given a BIFF8 workbook stream named "BOOK" instead of "Workbook"
        Path file = corpusFile("poi/spreadsheet/BOOK_in_capitals.xls");
        RecordingVisitor visitor = new RecordingVisitor();
        // when
        reader.read(file, visitor);
        // then
        assertThat(visitor.sheets).hasSize(1);
        assertThat(visitor.sheets.values().iterator().next()).hasSize(14);
    }
}
