package cn.jingan.planwatch.intake;

import cn.jingan.planwatch.datadir.PrivateFolders;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Moves a handled file's taken bytes into {@code archive/<bureau>/} (accepted, duplicate) or
 * {@code quarantine/<bureau>/} (rejected), then removes the inbox file if it is unchanged since it was taken.
 * Nothing is overwritten; the file keeps its modification time (the received_at); moves are durable
 * ({@link DurableMove}), across file systems too. The folder is the service's alone, and so is the file once
 * there ({@link Custody}).
 */
public final class FileSorter {

    private final Path archive;
    private final Path quarantine;

    public FileSorter(Path archive, Path quarantine) {
        this.archive = archive;
        this.quarantine = quarantine;
    }

    /** @return where the taken bytes now are */
    public Path sort(InboxCopy taken, Outcome outcome) {
        Path inbox = taken.inbox().path();
        if (taken.isPrivate()) {
            try {
                Files.setLastModifiedTime(taken.bytes(), Files.getLastModifiedTime(inbox));
            } catch (IOException goneMeanwhile) {
                // the copy keeps the time it was taken at: the bytes are what counts
            }
        }
        Path target = sort(taken.bytes(), inbox.getFileName().toString(), taken.inbox().bureauCode(), taken.sha256(),
                outcome);
        if (taken.isPrivate()) {
            try {
                Files.deleteIfExists(taken.bytes().getParent());
                if (taken.stamp().stillMatches(inbox)) {
                    Files.delete(inbox);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot remove " + inbox + " once archived as " + target, e);
            }
        }
        return target;
    }

    /** @return where the file now is */
    public Path sort(Path file, String bureauCode, String sha256, Outcome outcome) {
        return sort(file, file.getFileName().toString(), bureauCode, sha256, outcome);
    }

    private Path sort(Path file, String name, String bureauCode, String sha256, Outcome outcome) {
        Path folder = (outcome == Outcome.REJECTED ? quarantine : archive).resolve(bureauCode);
        try {
            PrivateFolders.create(folder);
            Path target = freeName(folder, name, sha256);
            DurableMove.move(file, target, sha256);
            return Custody.take(target, folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot move " + file + " to " + folder, e);
        }
    }

    /** The file's own name, or with its fingerprint before the extension when that name is taken; always fitting. */
    static Path freeName(Path folder, String name, String sha256) {
        Path plain = folder.resolve(FileNames.fit(name, "", false));
        if (!Files.exists(plain)) {
            return plain;
        }
        for (int n = 0; ; n++) {
            Path candidate = folder.resolve(FileNames.fit(name, "." + sha256.substring(0, 8) + (n == 0 ? "" : "-" + n),
                    false));
            if (!Files.exists(candidate)) {
                return candidate;
            }
        }
    }
}
