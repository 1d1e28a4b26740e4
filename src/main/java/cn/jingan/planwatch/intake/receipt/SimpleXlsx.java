package cn.jingan.planwatch.intake.receipt;

import cn.jingan.planwatch.excel.CellRefs;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A one-sheet .xlsx of text cells, written straight as SpreadsheetML: a receipt has a few dozen cells, and
 * building a full POI workbook for each of thousands of receipts costs more than reading the return did. Parts
 * are stored, not deflated ({@link StoredZip}).
 */
final class SimpleXlsx {

    private final String sheetName;
    private final int[] columnWidths;
    private final List<String> rows = new ArrayList<>();

    SimpleXlsx(String sheetName, int... columnWidths) {
        this.sheetName = sheetName;
        this.columnWidths = columnWidths;
    }

    /** Adds a row of text cells; bold rows use style 1 (bold on grey). */
    SimpleXlsx row(boolean bold, String... values) {
        int number = rows.size() + 1;
        StringBuilder xml = new StringBuilder("<row r=\"").append(number).append("\">");
        for (int c = 0; c < values.length; c++) {
            xml.append("<c r=\"").append(CellRefs.columnName(c)).append(number).append("\" t=\"inlineStr\"")
                    .append(bold ? " s=\"1\"" : "").append("><is><t xml:space=\"preserve\">")
                    .append(escape(values[c] == null ? "" : values[c])).append("</t></is></c>");
        }
        rows.add(xml.append("</row>").toString());
        return this;
    }

    SimpleXlsx blank() {
        return row(false);
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
                <fonts count="2"><font><sz val="11"/><name val="等线"/></font><font><b/><sz val="11"/><name val="等线"/></font></fonts>\
                <fills count="3"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>\
                <fill><patternFill patternType="solid"><fgColor rgb="FFD9D9D9"/></patternFill></fill></fills>\
                <borders count="1"><border/></borders>\
                <cellStyleXfs count="1"><xf/></cellStyleXfs>\
                <cellXfs count="2"><xf/><xf fontId="1" fillId="2" applyFont="1" applyFill="1"/></cellXfs>\
                </styleSheet>""");
        StringBuilder sheet = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><cols>""");
        for (int c = 0; c < columnWidths.length; c++) {
            sheet.append("<col min=\"").append(c + 1).append("\" max=\"").append(c + 1).append("\" width=\"")
                    .append(columnWidths[c]).append("\" customWidth=\"1\"/>");
        }
        sheet.append("</cols><sheetData>");
        rows.forEach(sheet::append);
        entry(zip, "xl/worksheets/sheet1.xml", sheet.append("</sheetData></worksheet>").toString());
        zip.finish();
    }

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
