package cn.jingan.planwatch.intake;

import java.nio.charset.StandardCharsets;

/**
 * File names that fit the file system's limit of {@value #MAX_BYTES} bytes (UTF-8): a name too long for what must
 * be added to it loses the end of its stem, never its extension or what is added.
 */
public final class FileNames {

    /** The longest file name most file systems (ext4, XFS, tmpfs, NTFS in UTF-8 via SMB) accept, in bytes. */
    public static final int MAX_BYTES = 255;

    /** What names written aside may add in front and behind ({@code .} … {@code .tmp}). */
    private static final int ASIDE_BYTES = 5;

    private FileNames() {}

    /**
     * {@code name} with {@code insert} before its extension (or after it, {@code atEnd}), its stem shortened so
     * that the result, even when written aside as a dot-file ending {@code .tmp}, fits.
     */
    public static String fit(String name, String insert, boolean atEnd) {
        int dot = name.lastIndexOf('.');
        boolean keepExtension = dot > 0 && bytes(name.substring(dot)) <= 16;
        String stem = keepExtension ? name.substring(0, dot) : name;
        String extension = keepExtension ? name.substring(dot) : "";
        int room = MAX_BYTES - ASIDE_BYTES - bytes(insert) - bytes(extension);
        return shorten(stem, room) + (atEnd ? extension + insert : insert + extension);
    }

    /** The longest start of {@code text} of at most {@code maxBytes} bytes that ends on a whole character. */
    static String shorten(String text, int maxBytes) {
        if (bytes(text) <= maxBytes) {
            return text;
        }
        StringBuilder kept = new StringBuilder();
        int used = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int size = bytes(new String(Character.toChars(cp)));
            if (used + size > maxBytes) {
                break;
            }
            kept.appendCodePoint(cp);
            used += size;
            i += Character.charCount(cp);
        }
        return kept.toString();
    }

    private static int bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8).length;
    }
}
