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

    public static String path(String key) {
        int at = key.indexOf(SEPARATOR);
        return at < 0 ? key : key.substring(0, at);
    }
}
