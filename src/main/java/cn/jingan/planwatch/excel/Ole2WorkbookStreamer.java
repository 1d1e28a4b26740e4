package cn.jingan.planwatch.excel;

import java.io.File;
import java.io.InputStream;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.hssf.eventusermodel.HSSFEventFactory;
import org.apache.poi.hssf.eventusermodel.HSSFRequest;
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

    /** The name of the BIFF8 workbook stream, or a verdict on what the container holds instead. */
    private static String workbookEntry(DirectoryNode root) throws UnreadableWorkbookException {
        Set<String> names = new HashSet<>();
        String workbook = null;
        for (String name : root.getEntryNames()) {
            String lower = name.toLowerCase(Locale.ROOT);
            names.add(lower);
            if (lower.equals("workbook")) {
                workbook = name;
            }
        }
        if (names.stream().anyMatch(ENCRYPTED_ENTRIES::contains)) {
            throw Verdicts.encrypted();
        }
        if (workbook != null) {
            return workbook;
        }
        boolean oldBook = names.contains("book");
        boolean word = names.contains("worddocument");
        boolean powerPoint = names.contains("powerpoint document");
        if (oldBook) {
            throw Verdicts.oldExcel();
        }
        if (word) {
            throw Verdicts.notASpreadsheet(" Word 文档（.doc）");
        }
        if (powerPoint) {
            throw Verdicts.notASpreadsheet(" PowerPoint 演示文稿（.ppt）");
        }
        throw Verdicts.corrupt(null);
    }
}
