package cn.jingan.planwatch.excel;

import java.io.Closeable;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.xml.sax.SAXException;

/**
 * An OOXML package read straight from its ZIP file: parts by name, their content types and relationships.
 * Refuses entry names used twice (regardless of case), packages without content types, and parts that inflate
 * beyond {@link PoiSettings#MAX_ENTRY_BYTES} or more than {@code 1 / MIN_INFLATE_RATIO} times their packed size.
 */
final class OoxmlPackage implements Closeable {

    private final ZipFile zip;
    private final Map<String, ZipEntry> entries;
    private OoxmlContentTypes contentTypes;

    private OoxmlPackage(ZipFile zip, Map<String, ZipEntry> entries) {
        this.zip = zip;
        this.entries = entries;
    }

    static OoxmlPackage open(File file) throws Exception {
        ZipFile zip = new ZipFile(file);
        try {
            OoxmlPackage pkg = new OoxmlPackage(zip, entriesOf(zip));
            pkg.contentTypes = pkg.readContentTypes();
            return pkg;
        } catch (Exception | Error failure) {
            zip.close();
            throw failure;
        }
    }

    private static Map<String, ZipEntry> entriesOf(ZipFile zip) throws UnreadableWorkbookException {
        Map<String, ZipEntry> entries = new HashMap<>();
        Enumeration<? extends ZipEntry> all = zip.entries();
        while (all.hasMoreElements()) {
            ZipEntry entry = all.nextElement();
            if (entry.isDirectory()) {
                continue;
            }
            if (entries.put(OoxmlPartNames.key(OoxmlPartNames.ofEntry(entry.getName())), entry) != null) {
                throw Verdicts.corrupt(null);
            }
            if (entry.getSize() > PoiSettings.MAX_ENTRY_BYTES) {
                throw Verdicts.unsafe(null);
            }
        }
        return entries;
    }

    private OoxmlContentTypes readContentTypes() throws Exception {
        OoxmlContentTypes types = new OoxmlContentTypes();
        if (!parse(OoxmlContentTypes.PART_NAME, types)) {
            throw Verdicts.corrupt(null);
        }
        return types;
    }

    boolean has(String partName) {
        return partName != null && entries.containsKey(OoxmlPartNames.key(partName));
    }

    /** The content type the package declares for a part, or null. */
    String contentTypeOf(String partName) {
        return contentTypes.of(partName);
    }

    /** The relationships of a part ({@link OoxmlPartNames#PACKAGE_ROOT} for the package's own); empty when none. */
    List<OoxmlRelationship> relationshipsOf(String sourcePart) throws IOException, SAXException {
        OoxmlRelationships relationships = new OoxmlRelationships(sourcePart);
        parse(OoxmlPartNames.relationshipsOf(sourcePart), relationships);
        return relationships.all();
    }

    /** Parses a part with the hardened SAX parser; false when there is no such part. */
    boolean parse(String partName, org.xml.sax.ContentHandler handler) throws IOException, SAXException {
        ZipEntry entry = partName == null ? null : entries.get(OoxmlPartNames.key(partName));
        if (entry == null) {
            return false;
        }
        try (InputStream in = new InflateGuardStream(zip.getInputStream(entry), entry.getCompressedSize(),
                PoiSettings.MAX_ENTRY_BYTES, PoiSettings.MIN_INFLATE_RATIO)) {
            SaxParsing.parse(in, handler);
        }
        return true;
    }

    @Override
    public void close() throws IOException {
        zip.close();
    }
}
