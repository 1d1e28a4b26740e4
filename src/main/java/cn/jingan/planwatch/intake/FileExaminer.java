package cn.jingan.planwatch.intake;

import cn.jingan.planwatch.catalog.PlanZone;
import cn.jingan.planwatch.datadir.DataDirectory;
import cn.jingan.planwatch.normalize.Finding;
import cn.jingan.planwatch.normalize.ReturnFile;
import cn.jingan.planwatch.normalize.ReturnNormalizer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Takes a file's bytes once ({@link InboxCopier}), fingerprints them, then: bytes the lake already holds are a
 * duplicate (or, when it is the very file a crash left behind after its rows reached the lake and before it was
 * archived, resumed); anything else is read and validated. Safe on several threads at once: it only reads the
 * lake's sources as they were when it was made, and {@link ChunkCommitter} settles duplicates among the files of
 * one run.
 */
public final class FileExaminer {

    private static final DateTimeFormatter TIME = PlanZone.timeFormat(PlanZone.DEFAULT);

    private final DataDirectory data;
    private final Map<String, String> acceptedBySha;
    private final ReturnNormalizer normalizer;
    private final InboxCopier copier;

    /** @param acceptedBySha the source key of every file the lake holds, by SHA-256 */
    public FileExaminer(DataDirectory data, Map<String, String> acceptedBySha, ReturnNormalizer normalizer,
                        InboxCopier copier) {
        this.data = data;
        this.acceptedBySha = Map.copyOf(acceptedBySha);
        this.normalizer = normalizer;
        this.copier = copier;
    }

    /** The file's verdict; empty when it vanished or changed while being taken (it waits for the next run). */
    public Optional<IntakeResult> examine(InboxFile inbox) {
        Optional<InboxCopy> taken = copier.take(inbox);
        if (taken.isPresent() && isLeftOverFromAnInterruptedMove(taken.get())) {
            finishMove(taken.get());
            return Optional.empty();
        }
        return taken.map(bytes -> judge(bytes).from(bytes, notes(inbox)));
    }

    /**
     * The very delivery (name, time and bytes) archive or quarantine already holds under its name: a run stopped
     * after moving it there and before removing it from the inbox. Its receipt was written before the move.
     */
    private boolean isLeftOverFromAnInterruptedMove(InboxCopy bytes) {
        InboxFile inbox = bytes.inbox();
        String name = FileNames.fit(inbox.path().getFileName().toString(), "", false);
        for (Path folder : List.of(data.archive(), data.quarantine())) {
            Path sorted = folder.resolve(inbox.bureauCode()).resolve(name);
            if (FileStamp.of(sorted).filter(stamp -> stamp.modified().equals(inbox.modified())).isPresent()
                    && Fingerprint.sha256(sorted).equals(bytes.sha256())) {
                return true;
            }
        }
        return false;
    }

    private static void finishMove(InboxCopy bytes) {
        if (bytes.isPrivate()) {
            InboxCopier.discard(bytes.bytes());
        }
        try {
            if (bytes.stamp().stillMatches(bytes.inbox().path())) {
                Files.delete(bytes.inbox().path());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + bytes.inbox().path() + ", already archived", e);
        }
    }

    private IntakeResult judge(InboxCopy bytes) {
        InboxFile inbox = bytes.inbox();
        ReturnFile file = new ReturnFile(bytes.bytes(), inbox.bureauCode(), bytes.sha256(), inbox.receivedAt());
        String source = SourceKey.of(data.relative(inbox.path()), inbox.receivedAt());
        String earlier = acceptedBySha.get(file.sha256());
        if (earlier == null) {
            return IntakeResult.of(normalizer.normalize(file));
        }
        if (!SourceKey.bureauOf(SourceKey.path(earlier)).equals(inbox.bureauCode())) {
            IntakeResult judged = IntakeResult.of(normalizer.normalize(file));
            return judged.outcome() == Outcome.ACCEPTED ? judged.asDuplicateOf(null) : judged;
        }
        return earlier.equals(source) ? IntakeResult.resumed(normalizer.normalize(file))
                : IntakeResult.duplicate(file, SourceKey.path(earlier));
    }

    private static List<Finding> notes(InboxFile inbox) {
        return inbox.clockAhead() ? List.of(Finding.warning("CLOCK_AHEAD", null, null,
                "文件的修改时间（" + TIME.format(inbox.modified()) + "）晚于当前时间，可能是报送电脑的时钟不准；"
                        + "报送时间按系统发现该文件的时间（" + TIME.format(inbox.receivedAt()) + "）记录。如报送时间有误，请联系区发改委。"))
                : List.of();
    }
}
