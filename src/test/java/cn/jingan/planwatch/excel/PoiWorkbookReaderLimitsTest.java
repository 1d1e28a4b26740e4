package cn.jingan.planwatch.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import cn.jingan.planwatch.excel.UnreadableWorkbookException.Reason;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Size, row and time bounds stop a file early with a verdict. */
class PoiWorkbookReaderLimitsTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "xls"})
    void rejectsASheetWithMoreRowsThanTheLimitAsSoonAsTheCountIsPassed(String extension) throws Exception {
        // given a limit of 5 rows and a sheet of 2,000
        Path file = TestWorkbooks.rows(dir.resolve("many." + extension), extension, 2_000);
        PoiWorkbookReader reader = new PoiWorkbookReader(new ReadLimits(5, 1L << 30, Duration.ofSeconds(30)));
        RecordingVisitor visitor = new RecordingVisitor();
        // when
        UnreadableWorkbookException failure = catchThrowableOfType(UnreadableWorkbookException.class,
                () -> reader.read(file, visitor));
        // then
        assertThat(failure.reason()).isEqualTo(Reason.TOO_LARGE);
        assertThat(failure.getMessage()).isEqualTo("文件行数超过 5 行，远超正常报表规模，请核对是否报错文件");
        assertThat(visitor.rows("数据")).hasSize(5);
    }

    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "xls"})
    void acceptsASheetWithExactlyTheRowLimit(String extension) throws Exception {
        // given
        Path file = TestWorkbooks.rows(dir.resolve("five." + extension), extension, 5);
        PoiWorkbookReader reader = new PoiWorkbookReader(new ReadLimits(5, 1L << 30, Duration.ofSeconds(30)));
        RecordingVisitor visitor = new RecordingVisitor();
        // when
        assertThatCode(() -> reader.read(file, visitor)).doesNotThrowAnyException();
        // then
        assertThat(visitor.rows("数据")).extracting(SheetRow::number).containsExactly(1, 2, 3, 4, 5);
    }

    @Test
    void rejectsAFileLargerThanTheLimitBeforeOpeningIt() throws Exception {
        // given a real return larger than a 1 KB limit
        Path file = TestWorkbooks.sampleReturn(dir, "xlsx");
        PoiWorkbookReader reader = new PoiWorkbookReader(new ReadLimits(10_000, 1024, Duration.ofSeconds(30)));
        RecordingVisitor visitor = new RecordingVisitor();
        // when
        UnreadableWorkbookException failure = catchThrowableOfType(UnreadableWorkbookException.class,
                () -> reader.read(file, visitor));
        // then
        assertThat(Files.size(file)).isGreaterThan(1024);
        assertThat(failure.reason()).isEqualTo(Reason.TOO_LARGE);
        assertThat(failure.getMessage()).contains("超过上限");
        assertThat(visitor.sheets).isEmpty();
    }

    @Test
    void timesOutAFileThatTakesLongerThanTheTimeout() throws Exception {
        // given 5,000 rows and a 1 ms timeout
        Path file = TestWorkbooks.rows(dir.resolve("slow.xlsx"), "xlsx", 5_000);
        PoiWorkbookReader reader = new PoiWorkbookReader(new ReadLimits(100_000, 1L << 30, Duration.ofMillis(1)));
        // when
        UnreadableWorkbookException failure = catchThrowableOfType(UnreadableWorkbookException.class,
                () -> reader.read(file, new RecordingVisitor()));
        // then
        assertThat(failure.reason()).isEqualTo(Reason.TIMEOUT);
        assertThat(failure.getMessage()).contains("文件读取超过");
    }

    @Test
    void timesOutEvenWhenTheParsingThreadNeverComesBack() throws Exception {
        // given a parse that blocks inside a callback for far longer than the 300 ms timeout
        Path file = TestWorkbooks.sampleReturn(dir, "xlsx");
        PoiWorkbookReader reader = new PoiWorkbookReader(new ReadLimits(10_000, 1L << 30, Duration.ofMillis(300)));
        RecordingVisitor stuck = new RecordingVisitor() {
            @Override
            public void startSheet(String name) {
                try {
                    Thread.sleep(60_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
        long started = System.nanoTime();
        // when
        UnreadableWorkbookException failure = catchThrowableOfType(UnreadableWorkbookException.class,
                () -> reader.read(file, stuck));
        // then
        assertThat(failure.reason()).isEqualTo(Reason.TIMEOUT);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
    }
}
