package cn.jingan.planwatch.intake;

import cn.jingan.planwatch.datadir.BureauFiles;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;

/**
 * Takes a file moved out of the inbox into the service's custody: the service's alone to read. A file still owned
 * by the account that uploaded it (an SFTP bureau account) keeps that account's rights wherever it is moved, and
 * the service may not change them; so it is replaced by the service's own copy (same bytes, same modification
 * time, synced before the rename), and the uploaded inode, now nameless, takes nothing with it.
 */
final class Custody {

    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private Custody() {}

    /** Makes {@code file} (just moved into {@code folder}, which the service owns) the service's own. */
    static Path take(Path file, Path folder) throws IOException {
        if (!POSIX) {
            return file;
        }
        if (Files.getOwner(file).equals(Files.getOwner(folder))) {
            Files.setPosixFilePermissions(file, BureauFiles.OWNER_ONLY);
            return file;
        }
        FileTime received = Files.getLastModifiedTime(file);
        Path copy = folder.resolve("." + file.getFileName() + ".custody.tmp");
        Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
        Files.setPosixFilePermissions(copy, BureauFiles.OWNER_ONLY);
        try (FileChannel channel = FileChannel.open(copy, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
        Files.setLastModifiedTime(copy, received);
        return Files.move(copy, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
}
