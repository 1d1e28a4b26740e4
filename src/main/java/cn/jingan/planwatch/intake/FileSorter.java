package cn.jingan.planwatch.intake;

import cn.jingan.planwatch.datadir.PrivateFolders;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Moves a handled file out of the inbox into {@code archive/<bureau>/} (accepted, duplicate) or
 * {@code quarantine/<bureau>/} (rejected). Nothing is deleted or overwritten; a rename keeps the modification
 * time (the received_at). The folder is the service's alone, and so is the file once there ({@link Custody}).
 */
public final class FileSorter {

    private final Path archive;
    private final Path quarantine;

    public FileSorter(Path archive, Path quarantine) {
        this.archive = archive;
        this.quarantine = quarantine;
    }

    /** @return where the file now is */
    public Path sort(Path file, String bureauCode, String sha256, Outcome outcome) {
        Path folder = (outcome == Outcome.REJECTED ? quarantine : archive).resolve(bureauCode);
        try {
            PrivateFolders.create(folder);
            Path target = freeName(folder, file.getFileName().toString(), sha256);
            Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
            return Custody.take(target, folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move " + file + " to " + folder, e);
        }
    }

    /** The file's own name, or with its fingerprint before the extension when that name is taken. */
    static Path freeName(Path folder, String name, String sha256) {
        Path plain = folder.resolve(name);
        if (!Files.exists(plain)) {
            return plain;
        }
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String extension = dot > 0 ? name.substring(dot) : "";
        for (int n = 0; ; n++) {
            Path candidate = folder.resolve(stem + "." + sha256.substring(0, 8) + (n == 0 ? "" : "-" + n) + extension);
            if (!Files.exists(candidate)) {
                return candidate;
            }
        }
    }
}
