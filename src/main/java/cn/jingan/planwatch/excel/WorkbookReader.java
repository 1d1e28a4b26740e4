package cn.jingan.planwatch.excel;

import java.nio.file.Path;

/** Streams the visible sheets of a workbook (.xlsx, .xlsm, .xls, judged by content) to a visitor. */
public interface WorkbookReader {

    void read(Path file, SheetVisitor visitor) throws UnreadableWorkbookException;
}
