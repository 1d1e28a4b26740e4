package cn.jingan.planwatch.excel;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Reads a workbook with Apache POI's streaming APIs, judging its format by content, within the size,
 * row and time bounds of {@link ReadLimits}. Every failure becomes an {@link UnreadableWorkbookException};
 * what the visitor itself throws comes back unchanged.
 */
public final class PoiWorkbookReader implements WorkbookReader {

    private final ReadLimits limits;

    public PoiWorkbookReader(ReadLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
        PoiSettings.apply();
    }

    @Override
    public void read(Path file, SheetVisitor visitor) throws UnreadableWorkbookException {
        Objects.requireNonNull(visitor, "visitor");
        long size = sizeOf(file);
        if (size > limits.maxFileBytes()) {
            throw Verdicts.fileTooLarge(size, limits.maxFileBytes());
        }
        Deadline deadline = Deadline.after(limits.timeout());
        GuardedVisitor guarded = new GuardedVisitor(visitor);
        RowCollector collector = new RowCollector(guarded, limits, deadline);
        Future<Void> task = ReaderThreads.submit(String.valueOf(file.getFileName()),
                () -> readContent(file, collector));
        awaitAndJudge(task, guarded, deadline);
    }

    private void awaitAndJudge(Future<Void> task, GuardedVisitor guarded, Deadline deadline)
            throws UnreadableWorkbookException {
        try {
            task.get(Math.max(0, deadline.remainingNanos()), TimeUnit.NANOSECONDS);
            guarded.rethrowVisitorFailure();
        } catch (TimeoutException timedOut) {
            abandon(task, guarded);
            throw Verdicts.timeout(limits.timeout());
        } catch (InterruptedException interrupted) {
            abandon(task, guarded);
            Thread.currentThread().interrupt();
            throw Verdicts.interrupted();
        } catch (ExecutionException failed) {
            guarded.rethrowVisitorFailure();
            throw ReadFailures.classify(failed.getCause());
        }
    }

    /** Gives up on a worker that will not finish: no more callbacks, and a nudge to stop. */
    private static void abandon(Future<Void> task, GuardedVisitor guarded) {
        guarded.cancel();
        task.cancel(true);
    }

    private static void readContent(Path file, RowCollector collector) throws Exception {
        ContentFormat format = ContentSniffer.sniff(file);
        switch (format) {
            case ZIP -> new OoxmlWorkbookStreamer(collector).stream(file.toFile());
            case OLE2 -> new Ole2WorkbookStreamer(collector).stream(file.toFile());
            default -> throw verdictFor(format);
        }
    }

    private static UnreadableWorkbookException verdictFor(ContentFormat format) {
        return switch (format) {
            case OPEN_DOCUMENT -> Verdicts.openDocument();
            case RAW_BIFF -> Verdicts.oldExcel();
            case HTML -> Verdicts.notASpreadsheet("网页（HTML）");
            case XML_SPREADSHEET -> Verdicts.notASpreadsheet("XML 电子表格（Excel 2003 XML）");
            case XML -> Verdicts.notASpreadsheet("XML 文本");
            case CSV -> Verdicts.notASpreadsheet("CSV 文本");
            case TEXT -> Verdicts.notASpreadsheet("纯文本");
            case PDF -> Verdicts.notASpreadsheet("PDF 文档");
            case RTF -> Verdicts.notASpreadsheet("RTF 文档");
            case IMAGE -> Verdicts.notASpreadsheet("图片");
            case EMPTY -> Verdicts.empty();
            default -> Verdicts.corrupt(null);
        };
    }

    private static long sizeOf(Path file) throws UnreadableWorkbookException {
        try {
            if (file == null || !Files.isRegularFile(file)) {
                throw Verdicts.unreadablePath(null);
            }
            return Files.size(file);
        } catch (IOException | SecurityException e) {
            throw Verdicts.unreadablePath(e);
        }
    }
}
