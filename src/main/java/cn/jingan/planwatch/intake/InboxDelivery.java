package cn.jingan.planwatch.intake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Delivers a folder of returns laid out as {@code <bureau>/<file>} (such as {@code sample-inputs/}) into an
 * inbox, leaving the source untouched. Each copy gets the delivery time from {@code received.tsv} in the
 * source folder when it names the file (git keeps no modification times), else the source file's own.
 * A file already handled (the same bytes in archive or quarantine under its name) is not delivered again.
 */
public final class InboxDelivery {

    public static final String RECEIVED_TIMES = "received.tsv";

    private final Path inbox;
    private final List<Path> handled;

    public InboxDelivery(Path inbox, Path archive, Path quarantine) {
        this.inbox = inbox;
        this.handled = List.of(archive, quarantine);
    }

    /** @return how many files were delivered */
    public int deliverFrom(Path source) {
        Map<String, Instant> received = receivedTimes(source.resolve(RECEIVED_TIMES));
        int delivered = 0;
        try (Stream<Path> bureaus = Files.list(source)) {
            for (Path bureau : bureaus.filter(Files::isDirectory).sorted().toList()) {
                try (Stream<Path> files = Files.list(bureau)) {
                    for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                        String relative = bureau.getFileName() + "/" + file.getFileName();
                        if (!alreadyHandled(relative, file)) {
                            deliver(file, inbox.resolve(relative), received.get(relative));
                            delivered++;
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + source, e);
        }
        return delivered;
    }

    private boolean alreadyHandled(String relative, Path file) {
        List<Path> copies = handled.stream().map(dir -> dir.resolve(relative)).filter(Files::isRegularFile).toList();
        if (copies.isEmpty()) {
            return false;
        }
        String sha256 = Fingerprint.sha256(file);
        return copies.stream().anyMatch(copy -> Fingerprint.sha256(copy).equals(sha256));
    }

    private static void deliver(Path file, Path target, Instant receivedAt) throws IOException {
        Files.createDirectories(target.getParent());
        Path temp = target.resolveSibling(target.getFileName() + ".part");
        Files.copy(file, temp, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
        if (receivedAt != null) {
            Files.setLastModifiedTime(temp, FileTime.from(receivedAt));
        }
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private static Map<String, Instant> receivedTimes(Path tsv) {
        Map<String, Instant> times = new HashMap<>();
        if (!Files.isRegularFile(tsv)) {
            return times;
        }
        try {
            for (String line : Files.readAllLines(tsv)) {
                String[] fields = line.split("\t");
                if (fields.length >= 2 && !fields[0].equals("file") && !line.startsWith("#")) {
                    times.put(fields[0].trim(), Instant.parse(fields[1].trim()));
                }
            }
            return times;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + tsv, e);
        }
    }
}
