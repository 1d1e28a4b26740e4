package cn.jingan.planwatch.excel;

import java.util.ArrayList;
import java.util.List;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/** Reads sharedStrings.xml into a list, phonetic runs left out, with a bound on the total text. */
final class OoxmlSharedStrings extends DefaultHandler {

    private final List<String> strings = new ArrayList<>();
    private final long maxChars;
    private final StringBuilder current = new StringBuilder();
    private long totalChars;
    private boolean inItem;
    private boolean inText;
    private int phoneticDepth;

    OoxmlSharedStrings(long maxChars) {
        this.maxChars = maxChars;
    }

    /** The string at an index, or null when the index points nowhere. */
    String get(int index) {
        return index >= 0 && index < strings.size() ? strings.get(index) : null;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        switch (localName) {
            case "si" -> {
                inItem = true;
                current.setLength(0);
            }
            case "rPh" -> phoneticDepth++;
            case "t" -> inText = inItem && phoneticDepth == 0;
            default -> { }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        switch (localName) {
            case "si" -> {
                strings.add(current.toString());
                inItem = false;
            }
            case "rPh" -> phoneticDepth = Math.max(0, phoneticDepth - 1);
            case "t" -> inText = false;
            default -> { }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (!inText) {
            return;
        }
        totalChars += length;
        if (totalChars > maxChars) {
            throw ReadInterrupt.unreadable(Verdicts.tooMuchText());
        }
        current.append(ch, start, length);
    }
}
