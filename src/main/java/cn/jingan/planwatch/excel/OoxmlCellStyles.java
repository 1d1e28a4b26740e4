package cn.jingan.planwatch.excel;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/** Reads styles.xml far enough to know, for each cell style index, whether it shows a date or a percentage. */
final class OoxmlCellStyles extends DefaultHandler {

    private final Map<Integer, String> customFormats = new HashMap<>();
    private final List<Integer> formatIndexByStyle = new ArrayList<>();
    private final Map<Integer, NumberStyle> styleByFormat = new HashMap<>();
    private boolean inNumFmts;
    private boolean inCellXfs;

    /** The presentation of a cell style index; unknown indexes are plain. */
    NumberStyle styleOf(int styleIndex) {
        if (styleIndex < 0 || styleIndex >= formatIndexByStyle.size()) {
            return NumberStyle.PLAIN;
        }
        int formatIndex = formatIndexByStyle.get(styleIndex);
        return styleByFormat.computeIfAbsent(formatIndex, i -> NumberStyle.of(i, customFormats.get(i)));
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        switch (localName) {
            case "numFmts" -> inNumFmts = true;
            case "cellXfs" -> inCellXfs = true;
            case "numFmt" -> {
                Integer id = parseIndex(attributes.getValue("numFmtId"));
                if (inNumFmts && id != null) {
                    customFormats.put(id, attributes.getValue("formatCode"));
                }
            }
            case "xf" -> {
                if (inCellXfs) {
                    Integer id = parseIndex(attributes.getValue("numFmtId"));
                    formatIndexByStyle.add(id == null ? 0 : id);
                }
            }
            default -> { }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        if ("numFmts".equals(localName)) {
            inNumFmts = false;
        } else if ("cellXfs".equals(localName)) {
            inCellXfs = false;
        }
    }

    static Integer parseIndex(String value) {
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value.trim());
        } catch (NumberFormatException notAnIndex) {
            return null;
        }
    }
}
