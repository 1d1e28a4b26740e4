package cn.jingan.planwatch.excel;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.util.IOUtils;

/** JVM-wide POI bounds against hostile files, applied once before the first workbook is opened. */
final class PoiSettings {

    /** A part inflating to more than 100 times its packed size is a zip bomb. */
    static final double MIN_INFLATE_RATIO = 0.01;
    /** No single part of a package may inflate beyond this. */
    static final long MAX_ENTRY_BYTES = 1L << 30;
    /** Upper bound on the characters of text a workbook may hold (shared strings included). */
    static final long MAX_TEXT_CHARS = 50_000_000L;
    /** Upper bound on any single byte array POI allocates on a file's say-so. */
    static final int MAX_BYTE_ARRAY = 32 * 1024 * 1024;

    private PoiSettings() {}

    static void apply() {
        Holder.touch();
    }

    /** Initialised once by the class loader, thread-safely. */
    private static final class Holder {
        static {
            ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
            ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
            ZipSecureFile.setMaxTextSize(MAX_TEXT_CHARS);
            IOUtils.setByteArrayMaxOverride(MAX_BYTE_ARRAY);
        }

        static void touch() {
            // class initialisation does the work
        }
    }
}
