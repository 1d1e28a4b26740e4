package cn.jingan.planwatch.normalize;

import java.nio.file.Path;
import java.time.Instant;

/**
 * A file a bureau delivered: its bytes' fingerprint, the bureau its inbox folder names, and when it
 * arrived (its modification time as found in the inbox).
 */
public record ReturnFile(Path path, String bureauCode, String sha256, Instant receivedAt) {

    public String fileName() {
        return path.getFileName().toString();
    }
}
