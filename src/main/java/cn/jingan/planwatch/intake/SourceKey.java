package cn.jingan.planwatch.intake;

import java.time.Instant;

/**
 * Where and when an accepted return was found ({@code inbox/housing/q2.xlsx @ 2024-07-10T02:00:00Z}), as the
 * lake records it. The same bytes found again at another path or time are a duplicate; found again at the same
 * path and time they are the very file a crash left in the inbox.
 */
final class SourceKey {
    private static final String SEPARATOR = " @ ";

    private SourceKey() {}

    public static String of(String relativePath, Instant receivedAt) {
        return relativePath + SEPARATOR + receivedAt;
    }

    /**
     * Where the earlier file was found, as a bureau may be told it: null when it came from another bureau's
     * folder, whose paths are not this bureau's business.
     */
    public static String pathSeenFrom(String key, String bureauCode) {
        String path = path(key);
        return bureauOf(path).equals(bureauCode) ? path : null;
    }

    /** The bureau folder of an inbox path ({@code inbox/<bureau>/…}), or "" when it names none. */
    public static String bureauOf(String path) {
        String[] parts = path.split("/");
        return parts.length > 2 ? parts[1] : "";
    }

    public static String path(String key) {
        int at = key.indexOf(SEPARATOR);
        return at < 0 ? key : key.substring(0, at);
    }
}
