package cn.jingan.planwatch.excel;

import java.util.ArrayList;
import java.util.List;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/** Reads a {@code .rels} part: each relationship with its target resolved against the source part. */
final class OoxmlRelationships extends DefaultHandler {

    private final String sourcePart;
    private final List<OoxmlRelationship> relationships = new ArrayList<>();

    OoxmlRelationships(String sourcePart) {
        this.sourcePart = sourcePart;
    }

    List<OoxmlRelationship> all() {
        return relationships;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attributes) {
        if (!"Relationship".equals(localName)) {
            return;
        }
        String id = attributes.getValue("Id");
        String type = attributes.getValue("Type");
        String target = attributes.getValue("Target");
        if (id == null || type == null || target == null) {
            return;
        }
        boolean external = "External".equalsIgnoreCase(attributes.getValue("TargetMode"));
        relationships.add(new OoxmlRelationship(id, type.strip(), external ? null : OoxmlPartNames.resolve(sourcePart,
                target), external));
    }
}
