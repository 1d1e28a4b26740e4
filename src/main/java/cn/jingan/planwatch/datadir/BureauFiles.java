package cn.jingan.planwatch.datadir;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Writes a file into a bureau's folder ({@code outbox/<bureau>/}) complete or not at all, readable by the
 * folder's group (the bureau's) and by no one else, whatever the process's umask: written aside, given mode
 * {@code rw-r-----} and the folder's group, then renamed into place.
 */
public final class BureauFiles {

    /** Owner (the service) reads and writes, the folder's group (the bureau) reads, others nothing. */
    public static final Set<PosixFilePermission> BUREAU_READABLE = PosixFilePermissions.fromString("rw-r-----");

    /** The service alone reads and writes. */
    public static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private BureauFiles() {}

    /** Writes {@code bytes} as {@code folder/name}, replacing an older file of that name; creates the folder. */
    public static Path write(Path folder, String name, byte[] bytes) throws IOException {
        if (!Files.isDirectory(folder)) {
            Files.createDirectories(folder);
        }
        Path target = folder.resolve(name);
        Path temp = folder.resolve("." + name + ".tmp");
        Files.write(temp, bytes);
        shareWithFolderGroup(temp, folder);
        return Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private static void shareWithFolderGroup(Path file, Path folder) throws IOException {
        if (!POSIX) {
            return;
        }
        PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        GroupPrincipal group = Files.readAttributes(folder, PosixFileAttributes.class).group();
        if (!group.equals(view.readAttributes().group())) {
            view.setGroup(group);
        }
        view.setPermissions(BUREAU_READABLE);
    }
}
