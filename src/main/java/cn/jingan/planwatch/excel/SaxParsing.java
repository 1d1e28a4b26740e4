package cn.jingan.planwatch.excel;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.util.XMLHelper;
import org.xml.sax.ContentHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Parses one package part with POI's hardened SAX parser: no DOCTYPE, no external entity, no network. Parsers
 * are kept for the next part, since setting one up costs more than reading a small part; one stopped by a
 * callback's exception is as good as new, since every parse starts by resetting the parser.
 */
final class SaxParsing {

    private static final int KEPT_PARSERS = 8;
    private static final BlockingQueue<XMLReader> IDLE = new ArrayBlockingQueue<>(KEPT_PARSERS);
    private static final DefaultHandler NOTHING = new DefaultHandler();

    private SaxParsing() {}

    static void parse(InputStream in, ContentHandler handler) throws IOException, SAXException {
        XMLReader reader = IDLE.poll();
        if (reader == null) {
            reader = newReader();
        }
        reader.setContentHandler(handler);
        try {
            reader.parse(new InputSource(in));
        } finally {
            reader.setContentHandler(NOTHING);
            IDLE.offer(reader);
        }
    }

    private static XMLReader newReader() throws SAXException {
        try {
            XMLReader reader = XMLHelper.newXMLReader();
            reader.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("external entity refused: " + systemId);
            });
            return reader;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's SAX parser cannot be configured safely", e);
        }
    }
}
