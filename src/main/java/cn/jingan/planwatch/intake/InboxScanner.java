package cn.jingan.planwatch.intake;

import cn.jingan.planwatch.catalog.Catalog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the returns ready in {@code inbox/<bureau>/}, judging each entry alone and by its own attributes (links
 * are never followed inside a bureau folder; a bureau folder itself may be a link, to a share say). A file is
 * not yet a return when its name starts with {@code ~$} or {@code .}, ends in {@code .tmp}, {@code .part} or {@code .filepart} (WinSCP's name while uploading), or
 * was modified less than {@code settleTime} ago (it may still be growing). A file modified more than
 * {@code maxClockAhead} in the future is taken as found now. Links, folders, pipes, sockets, devices and
 * unreadable files are refused with a reason; an entry that vanishes while it is looked at is simply gone.
 */
public final class InboxScanner {

    private static final Logger log = LoggerFactory.getLogger(InboxScanner.class);

    private final Path inbox;
    private final Catalog catalog;
    private final Duration settleTime;
    private final Duration maxClockAhead;
    private final Clock clock;

    public InboxScanner(Path inbox, Catalog catalog, Duration settleTime, Duration maxClockAhead, Clock clock) {
        this.inbox = inbox;
        this.catalog = catalog;
        this.settleTime = settleTime;
        this.maxClockAhead = maxClockAhead;
        this.clock = clock;
    }

    public InboxScan scan() {
        List<InboxFile> ready = new ArrayList<>();
        List<Path> waiting = new ArrayList<>();
        List<Path> ignored = new ArrayList<>();
        List<RefusedEntry> refused = new ArrayList<>();
        if (!Files.isDirectory(inbox)) {
            return new InboxScan(ready, waiting, ignored, refused);
        }
        Instant now = clock.instant();
        for (Path entry : entries(inbox)) {
            if (!Files.isDirectory(entry)) {
                (isNotYetAReturn(entry) ? waiting : ignored).add(entry);
            } else if (catalog.bureau(entry.getFileName().toString()).isEmpty()) {
                ignored.add(entry);
            } else {
                for (Path file : entries(entry)) {
                    judge(file, entry.getFileName().toString(), now, ready, waiting, refused);
                }
            }
        }
        ready.sort(Comparator.comparing(InboxFile::receivedAt).thenComparing(InboxFile::path));
        return new InboxScan(ready, waiting, ignored, refused);
    }

    private void judge(Path file, String bureau, Instant now, List<InboxFile> ready, List<Path> waiting,
                       List<RefusedEntry> refused) {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException gone) {
            return;
        } catch (IOException e) {
            log.warn("cannot look at {}: {}", file, e.toString());
            refused.add(RefusedEntry.unreadable(file, bureau, now));
            return;
        }
        Instant modified = attributes.lastModifiedTime().toInstant();
        if (attributes.isSymbolicLink()) {
            refused.add(RefusedEntry.link(file, bureau, modified));
        } else if (attributes.isDirectory()) {
            refused.add(RefusedEntry.folder(file, bureau, modified));
        } else if (!attributes.isRegularFile()) {
            refused.add(RefusedEntry.notAFile(file, bureau, modified));
        } else if (!Files.isReadable(file)) {
            refused.add(RefusedEntry.unreadable(file, bureau, modified));
        } else if (isNotYetAReturn(file)) {
            waiting.add(file);
        } else if (modified.isAfter(now.plus(maxClockAhead))) {
            ready.add(new InboxFile(file, bureau, now, attributes.size(), modified));
        } else if (modified.isAfter(now.minus(settleTime))) {
            waiting.add(file);
        } else {
            ready.add(new InboxFile(file, bureau, modified, attributes.size(), modified));
        }
    }

    /** The entries of a folder, sorted; none when it vanished or cannot be listed (logged). */
    private static List<Path> entries(Path folder) {
        List<Path> entries = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder)) {
            stream.forEach(entries::add);
        } catch (IOException | UncheckedIOException e) {
            log.warn("cannot list {}: {}", folder, e.toString());
            return List.of();
        }
        entries.sort(Comparator.naturalOrder());
        return entries;
    }

    static boolean isNotYetAReturn(Path file) {
        String name = file.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        return name.startsWith("~$") || name.startsWith(".") || lower.endsWith(".tmp") || lower.endsWith(".part")
                || lower.endsWith(".filepart") || lower.endsWith(".crdownload");
    }
}
