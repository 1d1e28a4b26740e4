package cn.jingan.planwatch.excel;

import java.io.File;
import java.io.InputStream;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.hssf.eventusermodel.HSSFEventFactory;
import org.apache.poi.hssf.eventusermodel.HSSFRequest;
import org.apache.poi.hssf.record.BOFRecord;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Streams a legacy BIFF8 .xls through POI's HSSF event API, after telling an encrypted OOXML
 * package, an Excel 5/95 workbook or another Office document apart by the entries of the container.
 */
final class Ole2WorkbookStreamer {

    private static final Set<String> ENCRYPTED_ENTRIES = Set.of("encryptioninfo", "encryptedpackage", "\u0006dataspaces");

    private final RowCollector collector;

    Ole2WorkbookStreamer(RowCollector collector) {
        this.collector = collector;
    }

    void stream(File file) throws Exception {
        try (POIFSFileSystem fs = new POIFSFileSystem(file, true)) {
            DirectoryNode root = fs.getRoot();
            String workbook = workbookEntry(root);
            rejectBeforeBiff8(root, workbook);
            BiffSheetListener listener = new BiffSheetListener(collector);
            HSSFRequest request = new HSSFRequest();
            request.addListenerForAllRecords(listener.entryPoint());
            try (InputStream in = root.createDocumentInputStream(workbook)) {
                new HSSFEventFactory().processEvents(request, in);
            } catch (RuntimeException failure) {
                ReadInterrupt interrupt = ReadInterrupt.findIn(failure);
                if (interrupt != null && interrupt.kind() == ReadInterrupt.Kind.STOP_READING) {
                    return;
                }
                throw failure;
            }
            listener.finish();
        }
    }

    /** Excel 5/95 and older write a BOF record of a version below BIFF8's 0x0600: refuse before parsing. */
    private static void rejectBeforeBiff8(DirectoryNode root, String workbook) throws Exception {
        byte[] head;
        try (InputStream in = root.createDocumentInputStream(workbook)) {
            head = in.readNBytes(6);
        }
        if (head.length < 6) {
            throw Verdicts.corrupt(null);
        }
        int sid = (head[0] & 0xFF) | (head[1] & 0xFF) << 8;
        int version = (head[4] & 0xFF) | (head[5] & 0xFF) << 8;
        if (sid != BOFRecord.sid || version < BOFRecord.VERSION) {
            throw sid == BOFRecord.sid || (sid & 0xFF) == 0x09 ? Verdicts.oldExcel() : Verdicts.corrupt(null);
        }
    }

    /**
     * The name of the workbook stream ("Workbook", or "Book" which Excel 5/95 used and a few tools still
     * write for BIFF8; the version in its first record decides), or a verdict on what the container holds.
     */
    private static String workbookEntry(DirectoryNode root) throws UnreadableWorkbookException {
        Set<String> names = new HashSet<>();
        String workbook = null;
        String book = null;
        for (String name : root.getEntryNames()) {
            String lower = name.toLowerCase(Locale.ROOT);
            names.add(lower);
            if (lower.equals("workbook")) {
                workbook = name;
            } else if (lower.equals("book")) {
                book = name;
            }
        }
        if (names.stream().anyMatch(ENCRYPTED_ENTRIES::contains)) {
            throw Verdicts.encrypted();
        }
        if (workbook != null || book != null) {
            return workbook != null ? workbook : book;
        }
        if (names.contains("worddocument")) {
            throw Verdicts.notASpreadsheet("Word 文档（.doc）");
        }
        if (names.contains("powerpoint document")) {
            throw Verdicts.notASpreadsheet("PowerPoint 演示文稿（.ppt）");
        }
        throw Verdicts.corrupt(null);
    }
}
