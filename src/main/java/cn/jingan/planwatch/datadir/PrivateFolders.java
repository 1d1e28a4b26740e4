package cn.jingan.planwatch.datadir;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;

/** Creates the service's own folders ({@code archive/<bureau>/}, {@code quarantine/<bureau>/}) closed to others. */
public final class PrivateFolders {

    private static final FileAttribute<?>[] OWNER_AND_GROUP = FileSystems.getDefault().supportedFileAttributeViews()
            .contains("posix")
            ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-x---"))}
            : new FileAttribute<?>[0];

    private PrivateFolders() {}

    /** Creates the folder and its missing parents as {@code rwxr-x---} (less if the umask says so). */
    public static Path create(Path folder) throws IOException {
        return Files.isDirectory(folder) ? folder : Files.createDirectories(folder, OWNER_AND_GROUP);
    }
}
