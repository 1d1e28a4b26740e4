package cn.jingan.planwatch.intake;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** What a file looked like at one moment (size, modification time, identity): a change in any means new bytes. */
public record FileStamp(long size, Instant modified, Object fileKey) {

    /** The file's stamp, never following a link; empty when it is gone or is not a regular file. */
    public static Optional<FileStamp> of(Path file) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS);
            return attributes.isRegularFile() ? Optional.of(new FileStamp(attributes.size(),
                    attributes.lastModifiedTime().toInstant(), attributes.fileKey())) : Optional.empty();
        } catch (NoSuchFileException gone) {
            return Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** True when the file is still there, unchanged since this stamp. */
    public boolean stillMatches(Path file) {
        return of(file).filter(now -> now.size == size && now.modified.equals(modified)
                && Objects.equals(now.fileKey, fileKey)).isPresent();
    }
}
