package cn.jingan.planwatch.excel;

import java.io.File;
import java.util.List;
import java.util.Locale;

/**
 * Streams an OOXML package (.xlsx, .xlsm, transitional or Strict) sheet by sheet: {@link OoxmlPackage} opens
 * the ZIP in place with its zip-bomb guards, and SAX handlers read each part without building a DOM.
 */
final class OoxmlWorkbookStreamer {

    private static final String OFFICE_DOCUMENT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";
    private static final String STRICT_OFFICE_DOCUMENT = "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument";

    private final RowCollector collector;

    OoxmlWorkbookStreamer(RowCollector collector) {
        this.collector = collector;
    }

    void stream(File file) throws Exception {
        try (OoxmlPackage pkg = OoxmlPackage.open(file)) {
            streamPackage(pkg);
        }
    }

    private void streamPackage(OoxmlPackage pkg) throws Exception {
        List<OoxmlRelationship> root = pkg.relationshipsOf(OoxmlPartNames.PACKAGE_ROOT);
        boolean strict = false;
        OoxmlRelationship main = firstOfType(root, OFFICE_DOCUMENT);
        if (main == null) {
            main = firstOfType(root, STRICT_OFFICE_DOCUMENT);
            strict = true;
        }
        if (main == null || main.external() || !pkg.has(main.targetPart())) {
            throw Verdicts.corrupt(null);
        }
        String workbook = main.targetPart();
        rejectOtherDocuments(pkg.contentTypeOf(workbook));
        try {
            streamWorkbook(pkg, workbook);
        } catch (Exception failure) {
            ReadInterrupt interrupt = ReadInterrupt.findIn(failure);
            if (interrupt != null) {
                throw interrupt;
            }
            throw strict ? strictFailure(failure) : failure;
        }
    }

    private void streamWorkbook(OoxmlPackage pkg, String workbook) throws Exception {
        OoxmlWorkbookListing listing = new OoxmlWorkbookListing();
        pkg.parse(workbook, listing);
        List<OoxmlRelationship> related = pkg.relationshipsOf(workbook);
        OoxmlSharedStrings strings = new OoxmlSharedStrings(PoiSettings.MAX_TEXT_CHARS);
        pkg.parse(relatedPart(related, "/sharedStrings"), strings);
        OoxmlCellStyles styles = new OoxmlCellStyles();
        pkg.parse(relatedPart(related, "/styles"), styles);
        for (OoxmlSheetEntry sheet : listing.sheets()) {
            if (!sheet.visible()) {
                continue;
            }
            String part = worksheetPart(pkg, related, sheet);
            if (part == null) {
                continue;
            }
            collector.startSheet(sheet.name());
            streamSheet(pkg, part, new OoxmlSheetHandler(strings, styles, listing.date1904(), collector));
            if (collector.endSheet()) {
                return;
            }
        }
    }

    private static void streamSheet(OoxmlPackage pkg, String part, OoxmlSheetHandler handler) throws Exception {
        try {
            pkg.parse(part, handler);
        } catch (Exception failure) {
            ReadInterrupt interrupt = ReadInterrupt.findIn(failure);
            if (interrupt == null || interrupt.kind() != ReadInterrupt.Kind.STOP_SHEET) {
                throw interrupt != null ? interrupt : failure;
            }
        }
    }

    /**
     * The worksheet part of a sheet entry; null for chart, dialog and macro sheets and for entries with no
     * relationship at all (as POI's own reader skips them). A worksheet whose part is missing is corrupt.
     */
    private static String worksheetPart(OoxmlPackage pkg, List<OoxmlRelationship> related, OoxmlSheetEntry sheet)
            throws UnreadableWorkbookException {
        OoxmlRelationship relationship = sheet.relationshipId() == null ? null
                : related.stream().filter(r -> r.id().equals(sheet.relationshipId())).findFirst().orElse(null);
        if (relationship == null || !relationship.typeEndsWith("/worksheet")) {
            return null;
        }
        if (relationship.external() || !pkg.has(relationship.targetPart())) {
            throw Verdicts.missingSheet(sheet.name());
        }
        return relationship.targetPart();
    }

    /** The first internal part the workbook relates to by a relationship type ending in the suffix, or null. */
    private static String relatedPart(List<OoxmlRelationship> related, String typeSuffix) {
        return related.stream().filter(r -> r.typeEndsWith(typeSuffix) && !r.external()).findFirst()
                .map(OoxmlRelationship::targetPart).orElse(null);
    }

    private static OoxmlRelationship firstOfType(List<OoxmlRelationship> relationships, String type) {
        return relationships.stream().filter(r -> r.type().equals(type)).findFirst().orElse(null);
    }

    private static void rejectOtherDocuments(String contentType) throws UnreadableWorkbookException {
        if (contentType == null) {
            throw Verdicts.corrupt(null);
        }
        String type = contentType.toLowerCase(Locale.ROOT);
        if (type.contains("sheet.binary")) {
            throw Verdicts.binaryWorkbook();
        }
        if (type.contains("wordprocessingml") || type.contains("ms-word")) {
            throw Verdicts.notASpreadsheet("Word 文档（.docx）");
        }
        if (type.contains("presentationml") || type.contains("ms-powerpoint")) {
            throw Verdicts.notASpreadsheet("PowerPoint 演示文稿（.pptx）");
        }
    }

    private static Exception strictFailure(Exception failure) {
        UnreadableWorkbookException verdict = ReadFailures.classify(failure);
        return verdict.reason() == UnreadableWorkbookException.Reason.CORRUPT ? Verdicts.strictOoxml(failure) : verdict;
    }
}
