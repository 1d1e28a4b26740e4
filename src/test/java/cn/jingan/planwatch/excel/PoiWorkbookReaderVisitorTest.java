package cn.jingan.planwatch.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The visitor steers the read, and its own failures come back to the caller unchanged. */
class PoiWorkbookReaderVisitorTest {

    @TempDir
    Path dir;

    private final PoiWorkbookReader reader = new PoiWorkbookReader(ReadLimits.DEFAULT);

    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "xls"})
    void passesTheVisitorsOwnExceptionThroughUnchanged(String extension) throws Exception {
        // given
        Path file = TestWorkbooks.sampleReturn(dir, extension);
        IllegalStateException bug = new IllegalStateException("a bug in the caller");
        RecordingVisitor failing = new RecordingVisitor() {
            @Override
            public boolean row(SheetRow row) {
                throw bug;
            }
        };
        // when
        Throwable thrown = catchThrowable(() -> reader.read(file, failing));
        // then
        assertThat(thrown).isSameAs(bug);
    }

    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "xls"})
    void skipsTheRestOfASheetWhenTheVisitorSaysSoAndGoesOnToTheNext(String extension) throws Exception {
        // given a visitor that wants only the first row of each sheet
        Path file = TestWorkbooks.sampleReturn(dir, extension);
        List<String> seen = new ArrayList<>();
        SheetVisitor firstRowOnly = new SheetVisitor() {
            @Override
            public void startSheet(String name) {
                seen.add("sheet " + name);
            }

            @Override
            public boolean row(SheetRow row) {
                seen.add("row " + row.number());
                return false;
            }

            @Override
            public boolean endSheet() {
                seen.add("end");
                return false;
            }
        };
        // when
        reader.read(file, firstRowOnly);
        // then
        assertThat(seen).containsExactly("sheet 报表", "row 1", "end", "sheet 附表", "row 3", "end");
    }

    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "xls"})
    void readsNoFurtherSheetOnceTheVisitorHasWhatItWanted(String extension) throws Exception {
        // given
        Path file = TestWorkbooks.sampleReturn(dir, extension);
        RecordingVisitor firstSheetOnly = new RecordingVisitor() {
            @Override
            public boolean endSheet() {
                return true;
            }
        };
        // when
        reader.read(file, firstSheetOnly);
        // then
        assertThat(firstSheetOnly.sheets.keySet()).containsExactly(TestWorkbooks.RETURN_SHEET);
        assertThat(firstSheetOnly.rows(TestWorkbooks.RETURN_SHEET)).hasSize(7);
    }
}
