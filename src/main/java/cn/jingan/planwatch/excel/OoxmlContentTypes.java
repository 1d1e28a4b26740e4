package cn.jingan.planwatch.excel;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/** Reads {@code [Content_Types].xml}: a content type per part name, or else per file extension. */
final class OoxmlContentTypes extends DefaultHandler {

    static final String PART_NAME = "/[Content_Types].xml";

    private final Map<String, String> byExtension = new HashMap<>();
    private final Map<String, String> byPartName = new HashMap<>();

    /** The content type of a part, or null when the package declares none for it. */
    String of(String partName) {
        String override = byPartName.get(OoxmlPartNames.key(partName));
        if (override != null) {
            return override;
        }
        int dot = partName.lastIndexOf('.');
        return dot < partName.lastIndexOf('/') ? null
                : byExtension.get(partName.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        String contentType = attributes.getValue("ContentType");
        if (contentType == null) {
            return;
        }
        if ("Default".equals(localName)) {
            String extension = attributes.getValue("Extension");
            if (extension != null) {
                byExtension.putIfAbsent(extension.toLowerCase(Locale.ROOT), contentType);
            }
        } else if ("Override".equals(localName)) {
            String partName = attributes.getValue("PartName");
            if (partName != null) {
                byPartName.putIfAbsent(OoxmlPartNames.key(OoxmlPartNames.ofEntry(partName.strip())), contentType);
            }
        }
    }
}
