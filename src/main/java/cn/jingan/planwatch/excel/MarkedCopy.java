package cn.jingan.planwatch.excel;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbookType;

/**
 * A copy of a clerk's own .xlsx with each wrong cell filled red and carrying a comment that says what to fix.
 * Works on the bytes in memory: the original file is never opened for writing.
 */
public final class MarkedCopy {

    private static final String AUTHOR = "planwatch";

    private MarkedCopy() {}

    /**
     * @return false, writing nothing, when the bytes are not a plain .xlsx workbook or no mark names a cell in it
     */
    public static boolean write(byte[] workbookBytes, List<CellMark> marks, OutputStream out) throws IOException {
        PoiSettings.apply();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(workbookBytes))) {
            if (workbook.getWorkbookType() != XSSFWorkbookType.XLSX) {
                return false;
            }
            Map<Cell, String> messages = new LinkedHashMap<>();
            for (CellMark mark : marks) {
                Cell cell = cellOf(workbook, mark);
                if (cell != null) {
                    messages.merge(cell, mark.message(), (a, b) -> a + "\n" + b);
                }
            }
            if (messages.isEmpty()) {
                return false;
            }
            Map<Integer, CellStyle> marked = new HashMap<>();
            messages.forEach((cell, message) -> mark(workbook, cell, message, marked));
            workbook.setActiveSheet(workbook.getSheetIndex(messages.keySet().iterator().next().getSheet()));
            workbook.write(out);
            return true;
        }
    }

    private static Cell cellOf(XSSFWorkbook workbook, CellMark mark) {
        if (mark.sheet() == null || mark.cell() == null || !mark.cell().matches("[A-Z]{1,3}[1-9][0-9]{0,6}")) {
            return null;
        }
        Sheet sheet = workbook.getSheet(mark.sheet());
        if (sheet == null) {
            return null;
        }
        CellReference ref = new CellReference(mark.cell());
        Row row = sheet.getRow(ref.getRow()) == null ? sheet.createRow(ref.getRow()) : sheet.getRow(ref.getRow());
        return row.getCell(ref.getCol()) == null ? row.createCell(ref.getCol()) : row.getCell(ref.getCol());
    }

    private static void mark(XSSFWorkbook workbook, Cell cell, String message, Map<Integer, CellStyle> marked) {
        CellStyle style = marked.computeIfAbsent((int) cell.getCellStyle().getIndex(), index -> {
            CellStyle copy = workbook.createCellStyle();
            copy.cloneStyleFrom(cell.getCellStyle());
            copy.setFillForegroundColor(IndexedColors.RED.getIndex());
            copy.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            return copy;
        });
        cell.setCellStyle(style);
        Comment earlier = cell.getCellComment();
        String text = earlier == null ? message : earlier.getString().getString() + "\n" + message;
        if (earlier != null) {
            cell.removeCellComment();
        }
        Drawing<?> drawing = cell.getSheet().createDrawingPatriarch();
        ClientAnchor anchor = workbook.getCreationHelper().createClientAnchor();
        anchor.setCol1(cell.getColumnIndex() + 1);
        anchor.setCol2(cell.getColumnIndex() + 5);
        anchor.setRow1(cell.getRowIndex());
        anchor.setRow2(cell.getRowIndex() + 4);
        Comment comment = drawing.createCellComment(anchor);
        comment.setString(workbook.getCreationHelper().createRichTextString(text));
        comment.setAuthor(AUTHOR);
        cell.setCellComment(comment);
    }
}
