package cn.jingan.planwatch.excel;

import java.io.IOException;
import java.io.InputStream;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.util.XMLHelper;
import org.xml.sax.ContentHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/** Parses one package part with POI's hardened SAX parser: no DOCTYPE, no external entity, no network. */
final class SaxParsing {

    private SaxParsing() {}

    static void parse(PackagePart part, ContentHandler handler) throws IOException, SAXException {
        try (InputStream in = part.getInputStream()) {
            XMLReader reader = XMLHelper.newXMLReader();
            reader.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("external entity refused: " + systemId);
            });
            reader.setContentHandler(handler);
            reader.parse(new InputSource(in));
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's SAX parser cannot be configured safely", e);
        }
    }
}
