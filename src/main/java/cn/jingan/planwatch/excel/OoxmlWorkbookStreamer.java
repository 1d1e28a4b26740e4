package cn.jingan.planwatch.excel;

import java.io.File;
import java.util.Locale;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.TargetMode;

/**
 * Streams an OOXML package (.xlsx, .xlsm, transitional or Strict) sheet by sheet: POI's OPC layer with
 * its zip-bomb guards opens the file in place, and SAX handlers read each part without building a DOM.
 */
final class OoxmlWorkbookStreamer {

    private static final String OFFICE_DOCUMENT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";
    private static final String STRICT_OFFICE_DOCUMENT = "http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument";

    private final RowCollector collector;

    OoxmlWorkbookStreamer(RowCollector collector) {
        this.collector = collector;
    }

    void stream(File file) throws Exception {
        OPCPackage pkg = OPCPackage.open(file, PackageAccess.READ);
        try {
            streamPackage(pkg);
        } finally {
            pkg.revert();
        }
    }

    private void streamPackage(OPCPackage pkg) throws Exception {
        boolean strict = false;
        PackageRelationshipCollection main = pkg.getRelationshipsByType(OFFICE_DOCUMENT);
        if (main.isEmpty()) {
            main = pkg.getRelationshipsByType(STRICT_OFFICE_DOCUMENT);
            strict = true;
        }
        if (main.isEmpty()) {
            throw Verdicts.corrupt(null);
        }
        PackagePart workbook = pkg.getPart(main.getRelationship(0));
        if (workbook == null) {
            throw Verdicts.corrupt(null);
        }
        rejectOtherDocuments(workbook.getContentType());
        try {
            streamWorkbook(workbook);
        } catch (Exception failure) {
            ReadInterrupt interrupt = ReadInterrupt.findIn(failure);
            if (interrupt != null) {
                throw interrupt;
            }
            throw strict ? strictFailure(failure) : failure;
        }
    }

    private void streamWorkbook(PackagePart workbook) throws Exception {
        OoxmlWorkbookListing listing = new OoxmlWorkbookListing();
        SaxParsing.parse(workbook, listing);
        OoxmlSharedStrings strings = new OoxmlSharedStrings(PoiSettings.MAX_TEXT_CHARS);
        PackagePart stringsPart = relatedPart(workbook, "/sharedStrings");
        if (stringsPart != null) {
            SaxParsing.parse(stringsPart, strings);
        }
        OoxmlCellStyles styles = new OoxmlCellStyles();
        PackagePart stylesPart = relatedPart(workbook, "/styles");
        if (stylesPart != null) {
            SaxParsing.parse(stylesPart, styles);
        }
        for (OoxmlSheetEntry sheet : listing.sheets()) {
            if (!sheet.visible()) {
                continue;
            }
            PackagePart part = worksheetPart(workbook, sheet);
            if (part == null) {
                continue;
            }
            collector.startSheet(sheet.name());
            streamSheet(part, new OoxmlSheetHandler(strings, styles, listing.date1904(), collector));
            if (collector.endSheet()) {
                return;
            }
        }
    }

    private static void streamSheet(PackagePart part, OoxmlSheetHandler handler) throws Exception {
        try {
            SaxParsing.parse(part, handler);
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
    private static PackagePart worksheetPart(PackagePart workbook, OoxmlSheetEntry sheet) throws Exception {
        PackageRelationship relationship = sheet.relationshipId() == null || !workbook.hasRelationships()
                ? null
                : workbook.getRelationship(sheet.relationshipId());
        if (relationship == null || !relationship.getRelationshipType().endsWith("/worksheet")) {
            return null;
        }
        try {
            PackagePart part = workbook.getRelatedPart(relationship);
            if (part == null) {
                throw Verdicts.missingSheet(sheet.name());
            }
            return part;
        } catch (IllegalArgumentException | InvalidFormatException missing) {
            throw Verdicts.missingSheet(sheet.name());
        }
    }

    /** The first internal part the workbook relates to by a relationship type ending in the suffix. */
    private static PackagePart relatedPart(PackagePart workbook, String typeSuffix) throws InvalidFormatException {
        for (PackageRelationship relationship : workbook.getRelationships()) {
            if (relationship.getRelationshipType().endsWith(typeSuffix)
                    && relationship.getTargetMode() != TargetMode.EXTERNAL) {
                try {
                    return workbook.getRelatedPart(relationship);
                } catch (IllegalArgumentException missing) {
                    return null;
                }
            }
        }
        return null;
    }

    private static void rejectOtherDocuments(String contentType) throws UnreadableWorkbookException {
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
