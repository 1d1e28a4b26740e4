package cn.jingan.planwatch.intake.receipt;

import cn.jingan.planwatch.excel.CellRefs;
import cn.jingan.planwatch.excel.TextWidth;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A one-sheet .xlsx of text cells, written straight as SpreadsheetML: a receipt has a few dozen cells, and
 * building a full POI workbook for each of thousands of receipts costs more than reading the return did. Parts
 * are stored, not deflated ({@link StoredZip}). It prints on A4 fitted to the page's width, with wrapped text,
 * borders and row heights worked out from the text, so nothing is cut off on paper.
 */
final class SimpleXlsx {

    /** Cell styles, by their index in the styles part. */
    enum Style {
        TITLE(1), HEADING(2), BODY(3), LABEL(4), SECTION(5);

        final int index;

        Style(int index) {
            this.index = index;
        }
    }

    private static final double LINE_POINTS = 15;

    private final String sheetName;
    private final int[] columnWidths;
    private final List<String> rows = new ArrayList<>();
    private final List<String> merges = new ArrayList<>();

    SimpleXlsx(String sheetName, int... columnWidths) {
        this.sheetName = sheetName;
        this.columnWidths = columnWidths;
    }

    /** The sheet's title, across every column. */
    SimpleXlsx title(String text) {
        return row(Style.TITLE, Style.TITLE, text);
    }

    /** A bold line across every column, heading a list. */
    SimpleXlsx section(String text) {
        return row(Style.SECTION, Style.SECTION, text);
    }

    /** A bold label and its value, the value across the remaining columns. */
    SimpleXlsx field(String label, String value) {
        return row(Style.LABEL, Style.BODY, label, value);
    }

    /** A list's column headings; the last runs to the last column. */
    SimpleXlsx heading(String... values) {
        return row(Style.HEADING, Style.HEADING, values);
    }

    /** A line of a list; the last value runs to the last column. */
    SimpleXlsx line(String... values) {
        return row(Style.BODY, Style.BODY, values);
    }

    SimpleXlsx blank() {
        rows.add("<row r=\"" + (rows.size() + 1) + "\"/>");
        return this;
    }

    /** Adds a row; the last value spans the columns left, and the row is as tall as its longest text needs. */
    private SimpleXlsx row(Style first, Style rest, String... values) {
        int number = rows.size() + 1;
        int last = columnWidths.length - 1;
        int lines = 1;
        StringBuilder cells = new StringBuilder();
        for (int c = 0; c < values.length; c++) {
            String text = values[c] == null ? "" : values[c];
            boolean spans = c == values.length - 1 && c < last;
            int width = spans ? widthFrom(c) : columnWidths[Math.min(c, last)];
            lines = Math.max(lines, TextWidth.lines(text, width));
            cells.append("<c r=\"").append(CellRefs.columnName(c)).append(number).append("\" t=\"inlineStr\" s=\"")
                    .append((c == 0 ? first : rest).index).append("\"><is><t xml:space=\"preserve\">")
                    .append(escape(text)).append("</t></is></c>");
            if (spans) {
                for (int e = c + 1; e <= last; e++) {
                    cells.append("<c r=\"").append(CellRefs.columnName(e)).append(number).append("\" s=\"")
                            .append(rest.index).append("\"/>");
                }
                merges.add(CellRefs.columnName(c) + number + ":" + CellRefs.columnName(last) + number);
            }
        }
        StringBuilder xml = new StringBuilder("<row r=\"").append(number).append('"');
        double points = first == Style.TITLE ? 2 * LINE_POINTS : lines * LINE_POINTS;
        if (lines > 1 || first == Style.TITLE) {
            xml.append(" ht=\"").append(points).append("\" customHeight=\"1\"");
        }
        rows.add(xml.append('>').append(cells).append("</row>").toString());
        return this;
    }

    private int widthFrom(int column) {
        int width = 0;
        for (int c = column; c < columnWidths.length; c++) {
            width += columnWidths[c];
        }
        return width;
    }

    void write(OutputStream out) throws IOException {
        StoredZip zip = new StoredZip(out);
        entry(zip, "[Content_Types].xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
                <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
                <Default Extension="xml" ContentType="application/xml"/>\
                <Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>\
                <Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>\
                <Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>\
                </Types>""");
        entry(zip, "_rels/.rels", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>\
                </Relationships>""");
        entry(zip, "xl/workbook.xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" \
                xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
                <sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>""".formatted(escape(sheetName)));
        entry(zip, "xl/_rels/workbook.xml.rels", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
                <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>\
                <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>\
                </Relationships>""");
        entry(zip, "xl/styles.xml", """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
                <fonts count="3"><font><sz val="11"/><name val="等线"/></font><font><b/><sz val="11"/><name val="等线"/></font>\
                <font><b/><sz val="14"/><name val="等线"/></font></fonts>\
                <fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>\
                <fill><patternFill patternType="solid"><fgColor rgb="FFD9D9D9"/></patternFill></fill></fills>\
                <borders count="2"><border/><border><left style="thin"><color auto="1"/></left><right style="thin">\
                <color auto="1"/></right><top style="thin"><color auto="1"/></top><bottom style="thin"><color auto="1"/>\
                </bottom><diagonal/></border></borders>\
                <cellStyleXfs count="1"><xf/></cellStyleXfs>\
                <cellXfs count="6"><xf/>\
                <xf fontId="2" applyFont="1" applyAlignment="1"><alignment vertical="center"/></xf>\
                <xf fontId="1" fillId="2" borderId="1" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1">\
                <alignment vertical="center" wrapText="1"/></xf>\
                <xf borderId="1" applyBorder="1" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>\
                <xf fontId="1" borderId="1" applyFont="1" applyBorder="1" applyAlignment="1">\
                <alignment vertical="top" wrapText="1"/></xf>\
                <xf fontId="1" applyFont="1" applyAlignment="1"><alignment vertical="center"/></xf></cellXfs>\
                </styleSheet>""");
        StringBuilder sheet = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">\
                <sheetPr><pageSetUpPr fitToPage="1"/></sheetPr><cols>""");
        for (int c = 0; c < columnWidths.length; c++) {
            sheet.append("<col min=\"").append(c + 1).append("\" max=\"").append(c + 1).append("\" width=\"")
                    .append(columnWidths[c]).append("\" customWidth=\"1\"/>");
        }
        sheet.append("</cols><sheetData>");
        rows.forEach(sheet::append);
        sheet.append("</sheetData>");
        if (!merges.isEmpty()) {
            sheet.append("<mergeCells count=\"").append(merges.size()).append("\">");
            merges.forEach(range -> sheet.append("<mergeCell ref=\"").append(range).append("\"/>"));
            sheet.append("</mergeCells>");
        }
        sheet.append(PRINT_SETUP);
        entry(zip, "xl/worksheets/sheet1.xml", sheet.append("</worksheet>").toString());
        zip.finish();
    }

    /** A4 portrait, as wide as the page and as many pages long as it takes, page numbers in the footer. */
    private static final String PRINT_SETUP = "<printOptions horizontalCentered=\"1\"/>"
            + "<pageMargins left=\"0.5\" right=\"0.5\" top=\"0.6\" bottom=\"0.6\" header=\"0.3\" footer=\"0.3\"/>"
            + "<pageSetup paperSize=\"9\" orientation=\"portrait\" fitToWidth=\"1\" fitToHeight=\"0\"/>"
            + "<headerFooter><oddFooter>&amp;C第 &amp;P 页，共 &amp;N 页</oddFooter></headerFooter>";

    private static void entry(StoredZip zip, String name, String xml) throws IOException {
        zip.add(name, xml.getBytes(StandardCharsets.UTF_8));
    }

    /** XML 1.0's characters: no control characters but tab and line ends, no lone surrogate, no U+FFFE or U+FFFF. */
    static boolean isXmlCharacter(int cp) {
        return cp == '\t' || cp == '\n' || cp == '\r' || (cp >= 0x20 && cp <= 0xD7FF) || (cp >= 0xE000 && cp <= 0xFFFD)
                || cp >= 0x10000;
    }

    /** Text as XML character data: markup escaped, characters XML cannot hold dropped. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            switch (cp) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> {
                    if (isXmlCharacter(cp)) {
                        out.appendCodePoint(cp);
                    }
                }
            }
        });
        return out.toString();
    }
}
