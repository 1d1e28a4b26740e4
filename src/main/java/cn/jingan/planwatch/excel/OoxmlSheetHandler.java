package cn.jingan.planwatch.excel;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Streams one worksheet part (transitional or Strict) into rows: cached formula results (a formula without one
 * becomes an {@link CellKind#UNCALCULATED} cell), shared and inline strings, number formats. Elements are matched by local name, so both namespaces work.
 */
final class OoxmlSheetHandler extends DefaultHandler {

    /** Excel holds at most 32,767 characters in a cell; anything past twice that is not kept. */
    private static final int MAX_CELL_CHARS = 65_536;

    private final OoxmlSharedStrings sharedStrings;
    private final OoxmlCellStyles styles;
    private final boolean date1904;
    private final RowCollector collector;

    private final List<SheetCell> cells = new ArrayList<>();
    private final StringBuilder value = new StringBuilder();
    private int rowNumber;
    private int column = -1;
    private String cellType;
    private int styleIndex;
    private boolean inCell;
    private boolean inValue;
    private boolean inInlineString;
    private boolean inInlineText;
    private int phoneticDepth;
    private boolean hasValue;
    private boolean hasFormula;

    OoxmlSheetHandler(OoxmlSharedStrings sharedStrings, OoxmlCellStyles styles, boolean date1904,
                      RowCollector collector) {
        this.sharedStrings = sharedStrings;
        this.styles = styles;
        this.date1904 = date1904;
        this.collector = collector;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        switch (localName) {
            case "row" -> startRow(attributes);
            case "c" -> startCell(attributes);
            case "v" -> {
                inValue = inCell;
                hasValue |= inCell;
            }
            case "is" -> {
                inInlineString = inCell;
                hasValue |= inCell;
            }
            case "f" -> hasFormula |= inCell;
            case "rPh" -> phoneticDepth++;
            case "t" -> inInlineText = inInlineString && phoneticDepth == 0;
            default -> { }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        switch (localName) {
            case "row" -> endRow();
            case "c" -> endCell();
            case "v" -> inValue = false;
            case "is" -> inInlineString = false;
            case "rPh" -> phoneticDepth = Math.max(0, phoneticDepth - 1);
            case "t" -> inInlineText = false;
            default -> { }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if ((inValue || inInlineText) && value.length() < MAX_CELL_CHARS) {
            value.append(ch, start, Math.min(length, MAX_CELL_CHARS - value.length()));
        }
    }

    private void startRow(Attributes attributes) {
        collector.checkpoint();
        int declared = positiveInt(attributes.getValue("r"));
        rowNumber = declared > 0 ? declared : rowNumber + 1;
        column = -1;
        cells.clear();
    }

    private void endRow() {
        collector.row(rowNumber, cells);
        cells.clear();
        if (!collector.wantsRows()) {
            throw ReadInterrupt.stopSheet();
        }
    }

    private void startCell(Attributes attributes) {
        collector.checkpoint();
        inCell = true;
        hasValue = false;
        hasFormula = false;
        value.setLength(0);
        int declared = CellAddress.columnOf(attributes.getValue("r"));
        column = declared >= 0 ? declared : column + 1;
        if (rowNumber == 0) {
            rowNumber = Math.max(1, CellAddress.rowOf(attributes.getValue("r")));
        }
        cellType = attributes.getValue("t");
        Integer style = OoxmlCellStyles.parseIndex(attributes.getValue("s"));
        styleIndex = style == null ? 0 : style;
    }

    private void endCell() {
        inCell = false;
        if (hasFormula && (!hasValue || !"str".equals(cellType) && value.toString().isBlank())) {
            RowCollector.ensureRoomInRow(cells);
            cells.add(SheetCell.uncalculated(column, rowNumber));
        } else if (hasValue) {
            SheetCell cell = toCell(value.toString());
            if (cell != null) {
                RowCollector.ensureRoomInRow(cells);
                cells.add(cell);
            }
        }
    }

    private SheetCell toCell(String raw) {
        String type = cellType == null ? "n" : cellType;
        return switch (type) {
            case "s" -> textOrNull(sharedString(raw));
            case "inlineStr", "str" -> textOrNull(raw);
            case "b" -> raw.isBlank() ? null : SheetCell.bool(column, rowNumber, raw.trim().equals("1")
                    || raw.trim().equalsIgnoreCase("true"));
            case "e" -> raw.isBlank() ? null : SheetCell.error(column, rowNumber, raw.trim());
            case "d" -> isoDate(raw);
            default -> number(raw);
        };
    }

    private SheetCell number(String raw) {
        String trimmed = raw.trim();
        if (trimmed.isEmpty()) {
            return null;
        }
        try {
            double number = Double.parseDouble(trimmed);
            return StoredValues.number(column, rowNumber, number, styles.styleOf(styleIndex), date1904);
        } catch (NumberFormatException notANumber) {
            return SheetCell.text(column, rowNumber, raw);
        }
    }

    private SheetCell isoDate(String raw) {
        String trimmed = raw.trim();
        if (trimmed.isEmpty()) {
            return null;
        }
        try {
            return SheetCell.date(column, rowNumber, LocalDate.parse(trimmed.substring(0, Math.min(10, trimmed.length()))));
        } catch (DateTimeParseException notADate) {
            return SheetCell.text(column, rowNumber, raw);
        }
    }

    /** The shared string a cell points at; no index means an empty cell, an index to nowhere a corrupt file. */
    private String sharedString(String raw) {
        if (raw.isBlank()) {
            return null;
        }
        Integer index = OoxmlCellStyles.parseIndex(raw);
        String text = index == null ? null : sharedStrings.get(index);
        if (text == null) {
            throw ReadInterrupt.unreadable(Verdicts.corrupt(null));
        }
        return text;
    }

    private SheetCell textOrNull(String text) {
        return text == null || text.isEmpty() ? null : SheetCell.text(column, rowNumber, text);
    }

    private static int positiveInt(String value) {
        Integer parsed = OoxmlCellStyles.parseIndex(value);
        return parsed == null || parsed < 1 ? 0 : parsed;
    }
}
