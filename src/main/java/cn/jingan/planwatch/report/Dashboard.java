package cn.jingan.planwatch.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;

/** Writes the dashboard page atomically: written aside in the same folder, then renamed over the old one. */
public final class Dashboard {
    private Dashboard() {}

    /** Replaces {@code file} with the page in one rename; a reader sees the old page or the new one, never half. */
    public static void write(Path file, String page) throws IOException {
        Path target = file.toAbsolutePath();
        Files.createDirectories(target.getParent());
        Path aside = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
        try {
            Files.writeString(aside, page, StandardCharsets.UTF_8);
            if (Files.getFileStore(aside).supportsFileAttributeView(PosixFileAttributeView.class)) {
                Files.setPosixFilePermissions(aside, PosixFilePermissions.fromString("rw-r--r--"));
            }
            Files.move(aside, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(aside);
        }
    }
}
