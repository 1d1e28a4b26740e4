package cn.jingan.planwatch.intake;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes an inbox file's bytes once, into a private folder of the data directory, hashing them on the way: what is
 * then parsed, loaded and archived are those bytes, whatever happens to the inbox file meanwhile. A file larger
 * than the size limit is not copied (it is rejected unopened); a file that vanishes, or changes while it is copied,
 * is left for the next run.
 */
public final class InboxCopier {

    private static final Logger log = LoggerFactory.getLogger(InboxCopier.class);

    private final Path folder;
    private final long maxFileBytes;

    /** @param folder a private folder on the data directory's file system */
    public InboxCopier(Path folder, long maxFileBytes) {
        this.folder = folder;
        this.maxFileBytes = maxFileBytes;
    }

    /** Empties the private folder of copies a stopped run left; nothing else is ever in it. */
    public InboxCopier clear() {
        if (Files.isDirectory(folder)) {
            try (Stream<Path> left = Files.walk(folder)) {
                for (Path path : left.sorted(Comparator.reverseOrder()).toList()) {
                    if (!path.equals(folder)) {
                        Files.deleteIfExists(path);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot clear " + folder, e);
            }
        }
        return this;
    }

    /** The file's bytes as taken now; empty when it vanished or changed while being taken. */
    public Optional<InboxCopy> take(InboxFile file) {
        Optional<FileStamp> before = FileStamp.of(file.path());
        if (before.isEmpty()) {
            return Optional.empty();
        }
        try {
            if (before.get().size() > maxFileBytes) {
                return Optional.of(new InboxCopy(file, file.path(), Fingerprint.copying(file.path(), OutputStream.nullOutputStream()),
                        before.get()));
            }
            Path copy = Files.createTempDirectory(Files.createDirectories(folder), "f").resolve(file.path().getFileName());
            String sha256;
            try (OutputStream out = Files.newOutputStream(copy)) {
                sha256 = Fingerprint.copying(file.path(), out);
            }
            if (!before.get().stillMatches(file.path()) || Files.size(copy) != before.get().size()) {
                discard(copy);
                return Optional.empty();
            }
            return Optional.of(new InboxCopy(file, copy, sha256, before.get()));
        } catch (NoSuchFileException gone) {
            return Optional.empty();
        } catch (IOException e) {
            log.warn("cannot read {}, left for the next run: {}", file.path(), e.toString());
            return Optional.empty();
        }
    }

    /** Removes a private copy that will not be used. */
    public static void discard(Path copy) {
        try {
            Files.deleteIfExists(copy);
            Files.deleteIfExists(copy.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + copy, e);
        }
    }
}
