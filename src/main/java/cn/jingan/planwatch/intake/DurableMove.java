package cn.jingan.planwatch.intake;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Moves a file so that a crash at any moment leaves it whole in one place or the other: a rename where the file
 * system allows one; across file systems a copy beside the target, flushed to disk, verified against the source's
 * fingerprint, renamed into place, and only then the source removed. The target is flushed to disk before the
 * source can go.
 */
final class DurableMove {

    private DurableMove() {}

    static void move(Path source, Path target, String sha256) throws IOException {
        try {
            Files.move(source, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException otherFileSystem) {
            Path aside = target.resolveSibling("." + target.getFileName() + ".tmp");
            Files.copy(source, aside, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES,
                    LinkOption.NOFOLLOW_LINKS);
            force(aside);
            if (!Fingerprint.sha256(aside).equals(sha256)) {
                Files.delete(aside);
                throw new IOException("the copy of " + source + " in " + target.getParent()
                        + " does not match its fingerprint; the file stays where it was");
            }
            Files.move(aside, target, StandardCopyOption.ATOMIC_MOVE);
            forceFolder(target.getParent());
            Files.delete(source);
            return;
        }
        force(target);
        forceFolder(target.getParent());
    }

    static void force(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            channel.force(true);
        }
    }

    private static void forceFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException notSupported) {
            // some file systems cannot flush a folder; the rename is then as durable as they make it
        }
    }
}
