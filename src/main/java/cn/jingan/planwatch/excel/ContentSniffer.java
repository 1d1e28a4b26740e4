package cn.jingan.planwatch.excel;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Tells what a file really is from its first few kilobytes. */
final class ContentSniffer {

    private static final int HEAD_BYTES = 8192;
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
            (byte) 0xE1};
    private static final String ODS_MIMETYPE = "mimetypeapplication/vnd.oasis.opendocument.spreadsheet";

    private ContentSniffer() {}

    static ContentFormat sniff(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(HEAD_BYTES);
        }
        return sniff(head);
    }

    static ContentFormat sniff(byte[] head) {
        if (head.length == 0) {
            return ContentFormat.EMPTY;
        }
        if (startsWith(head, OLE2)) {
            return ContentFormat.OLE2;
        }
        if (isZip(head)) {
            return isOpenDocument(head) ? ContentFormat.OPEN_DOCUMENT : ContentFormat.ZIP;
        }
        if (isRawBiff(head)) {
            return ContentFormat.RAW_BIFF;
        }
        if (isImage(head)) {
            return ContentFormat.IMAGE;
        }
        if (looksBinary(head)) {
            return ContentFormat.UNKNOWN;
        }
        return sniffText(asText(head));
    }

    private static ContentFormat sniffText(String text) {
        String lower = text.toLowerCase(Locale.ROOT).strip();
        if (lower.startsWith("%pdf")) {
            return ContentFormat.PDF;
        }
        if (lower.startsWith("{\\rtf")) {
            return ContentFormat.RTF;
        }
        if (lower.startsWith("mime-version:") || lower.contains("<html") || lower.startsWith("<!doctype html")
                || lower.startsWith("<table") || lower.startsWith("<meta")) {
            return ContentFormat.HTML;
        }
        if (lower.startsWith("<?xml") || lower.startsWith("<")) {
            return lower.contains("urn:schemas-microsoft-com:office:spreadsheet") || lower.contains("<workbook")
                    ? ContentFormat.XML_SPREADSHEET
                    : ContentFormat.XML;
        }
        return looksDelimited(text) ? ContentFormat.CSV : ContentFormat.TEXT;
    }

    /** Local file header, empty archive or spanned archive signature. */
    private static boolean isZip(byte[] head) {
        return head.length >= 4 && head[0] == 'P' && head[1] == 'K'
                && ((head[2] == 3 && head[3] == 4) || (head[2] == 5 && head[3] == 6) || (head[2] == 7 && head[3] == 8));
    }

    private static boolean isOpenDocument(byte[] head) {
        String start = new String(head, 0, Math.min(head.length, 200), StandardCharsets.ISO_8859_1);
        return start.contains(ODS_MIMETYPE);
    }

    /** BOF record (0x0009, 0x0209, 0x0409, 0x0809) of a short length at the very start. */
    private static boolean isRawBiff(byte[] head) {
        if (head.length < 4) {
            return false;
        }
        int sid = (head[0] & 0xFF) | (head[1] & 0xFF) << 8;
        int length = (head[2] & 0xFF) | (head[3] & 0xFF) << 8;
        boolean bof = sid == 0x0009 || sid == 0x0209 || sid == 0x0409 || sid == 0x0809;
        return bof && length >= 4 && length <= 20;
    }

    private static boolean isImage(byte[] head) {
        return startsWith(head, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})
                || startsWith(head, new byte[] {(byte) 0x89, 'P', 'N', 'G'})
                || startsWith(head, "GIF8".getBytes(StandardCharsets.ISO_8859_1))
                || startsWith(head, "BM".getBytes(StandardCharsets.ISO_8859_1)) && head.length > 14 && head[6] == 0;
    }

    private static boolean looksBinary(byte[] head) {
        if (hasUtf16Bom(head)) {
            return false;
        }
        int controls = 0;
        for (byte b : head) {
            int c = b & 0xFF;
            if (c == 0) {
                return true;
            }
            if (c < 0x09 || (c > 0x0D && c < 0x20)) {
                controls++;
            }
        }
        return controls > head.length / 20;
    }

    private static String asText(byte[] head) {
        if (hasUtf16Bom(head)) {
            boolean littleEndian = head[0] == (byte) 0xFF;
            return new String(head, 2, head.length - 2,
                    littleEndian ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE);
        }
        int skip = startsWith(head, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}) ? 3 : 0;
        return new String(head, skip, head.length - skip, StandardCharsets.UTF_8);
    }

    private static boolean looksDelimited(String text) {
        String[] lines = text.split("\r?\n", 6);
        int delimited = 0;
        for (String line : lines) {
            if (line.indexOf(',') >= 0 || line.indexOf('\t') >= 0 || line.indexOf(';') >= 0
                    || line.indexOf('，') >= 0) {
                delimited++;
            }
        }
        return delimited > 0 && delimited * 2 >= Math.min(lines.length, 5);
    }

    private static boolean hasUtf16Bom(byte[] head) {
        return head.length >= 2 && ((head[0] == (byte) 0xFF && head[1] == (byte) 0xFE)
                || (head[0] == (byte) 0xFE && head[1] == (byte) 0xFF));
    }

    private static boolean startsWith(byte[] data, byte[] prefix) {
        if (data.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (data[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
