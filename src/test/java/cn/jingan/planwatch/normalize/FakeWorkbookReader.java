package cn.jingan.planwatch.normalize;

import cn.jingan.planwatch.excel.SheetVisitor;
import cn.jingan.planwatch.excel.UnreadableWorkbookException;
import cn.jingan.planwatch.excel.WorkbookReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A workbook reader that replays given sheets, or fails the way a real one would. */
final class FakeWorkbookReader implements WorkbookReader {

    private final Sheet[] sheets;
    private final Exception failure;
    final List<Path> read = new ArrayList<>();

    private FakeWorkbookReader(Sheet[] sheets, Exception failure) {
        this.sheets = sheets;
        this.failure = failure;
    }

    static FakeWorkbookReader replaying(Sheet... sheets) {
        return new FakeWorkbookReader(sheets, null);
    }

    static FakeWorkbookReader failingWith(Exception failure) {
        return new FakeWorkbookReader(new Sheet[0], failure);
    }

    @Override
    public void read(Path file, SheetVisitor visitor) throws UnreadableWorkbookException {
        read.add(file);
        if (failure instanceof UnreadableWorkbookException unreadable) {
            throw unreadable;
        }
        if (failure instanceof RuntimeException runtime) {
            throw runtime;
        }
        Sheet.feed(visitor, sheets);
    }
}
