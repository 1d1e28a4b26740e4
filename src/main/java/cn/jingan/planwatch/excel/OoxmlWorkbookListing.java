package cn.jingan.planwatch.excel;

import java.util.ArrayList;
import java.util.List;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/** Reads workbook.xml (transitional or Strict): the sheets in workbook order and the date system. */
final class OoxmlWorkbookListing extends DefaultHandler {

    private final List<OoxmlSheetEntry> sheets = new ArrayList<>();
    private boolean date1904;

    List<OoxmlSheetEntry> sheets() {
        return sheets;
    }

    boolean date1904() {
        return date1904;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        if ("sheet".equals(localName)) {
            String state = attributes.getValue("state");
            boolean visible = state == null || "visible".equals(state);
            String name = attributes.getValue("name");
            sheets.add(new OoxmlSheetEntry(name == null ? "" : name, relationshipId(attributes), visible));
        } else if ("workbookPr".equals(localName)) {
            String value = attributes.getValue("date1904");
            date1904 = "1".equals(value) || "true".equalsIgnoreCase(value);
        }
    }

    /** The {@code r:id} attribute, whichever relationships namespace (transitional or Strict) it is in. */
    private static String relationshipId(Attributes attributes) {
        for (int i = 0; i < attributes.getLength(); i++) {
            if ("id".equals(attributes.getLocalName(i)) && !attributes.getURI(i).isEmpty()) {
                return attributes.getValue(i);
            }
        }
        return null;
    }
}
