package cn.jingan.planwatch.intake;

import cn.jingan.planwatch.catalog.Catalog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Finds the returns ready in {@code inbox/<bureau>/}. A file is not yet a return when its name starts with
 * {@code ~$} or {@code .}, ends in {@code .tmp}, {@code .part} or {@code .filepart} (WinSCP's name while
 * uploading), or was modified less than {@code settleTime} ago (it may still be growing).
 */
public final class InboxScanner {

    private final Path inbox;
    private final Catalog catalog;
    private final Duration settleTime;
    private final Clock clock;

    public InboxScanner(Path inbox, Catalog catalog, Duration settleTime, Clock clock) {
        this.inbox = inbox;
        this.catalog = catalog;
        this.settleTime = settleTime;
        this.clock = clock;
    }

    public InboxScan scan() {
        List<InboxFile> ready = new ArrayList<>();
        List<Path> waiting = new ArrayList<>();
        List<Path> ignored = new ArrayList<>();
        if (!Files.isDirectory(inbox)) {
            return new InboxScan(ready, waiting, ignored);
        }
        Instant settledBefore = clock.instant().minus(settleTime);
        try (Stream<Path> entries = Files.list(inbox)) {
            for (Path entry : entries.sorted().toList()) {
                if (!Files.isDirectory(entry)) {
                    (isNotYetAReturn(entry) ? waiting : ignored).add(entry);
                } else if (catalog.bureau(entry.getFileName().toString()).isEmpty()) {
                    ignored.add(entry);
                } else {
                    scanBureau(entry, settledBefore, ready, waiting, ignored);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + inbox, e);
        }
        ready.sort(Comparator.comparing(InboxFile::receivedAt).thenComparing(InboxFile::path));
        return new InboxScan(ready, waiting, ignored);
    }

    private void scanBureau(Path folder, Instant settledBefore, List<InboxFile> ready, List<Path> waiting,
                            List<Path> ignored) throws IOException {
        String bureau = folder.getFileName().toString();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.sorted().toList()) {
                BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                Instant modified = attributes.lastModifiedTime().toInstant();
                if (attributes.isDirectory()) {
                    ignored.add(file);
                } else if (isNotYetAReturn(file) || modified.isAfter(settledBefore)) {
                    waiting.add(file);
                } else {
                    ready.add(new InboxFile(file, bureau, modified, attributes.size()));
                }
            }
        }
    }

    static boolean isNotYetAReturn(Path file) {
        String name = file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        return name.startsWith("~$") || name.startsWith(".") || lower.endsWith(".tmp") || lower.endsWith(".part")
                || lower.endsWith(".filepart") || lower.endsWith(".crdownload");
    }
}
