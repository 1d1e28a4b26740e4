package cn.jingan.planwatch.intake;

import java.nio.file.Path;
import java.time.Instant;

/**
 * A file found complete in {@code inbox/<bureau>/}, with its received_at: its modification time, or when it was
 * found when that time lies too far in the future to be true.
 *
 * @param modified its modification time as found, to tell whether it changed since
 */
public record InboxFile(Path path, String bureauCode, Instant receivedAt, long size, Instant modified) {

    public InboxFile(Path path, String bureauCode, Instant receivedAt, long size) {
        this(path, bureauCode, receivedAt, size, receivedAt);
    }

    /** True when its modification time lay in the future, so received_at is when it was found. */
    public boolean clockAhead() {
        return !modified.equals(receivedAt);
    }
}
