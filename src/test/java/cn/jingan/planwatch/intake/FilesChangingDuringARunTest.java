package cn.jingan.planwatch.intake;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jingan.planwatch.catalog.Catalog;
import cn.jingan.planwatch.datadir.DataDirectory;
import cn.jingan.planwatch.excel.PoiWorkbookReader;
import cn.jingan.planwatch.excel.ReadLimits;
import cn.jingan.planwatch.intake.receipt.JsonReceiptFormat;
import cn.jingan.planwatch.intake.receipt.Outbox;
import cn.jingan.planwatch.intake.receipt.ReceiptFactory;
import cn.jingan.planwatch.lake.Lake;
import cn.jingan.planwatch.normalize.ChangeRecheck;
import cn.jingan.planwatch.normalize.ReturnNormalizer;
import cn.jingan.planwatch.observation.PreviousValues;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inbox files that change under a run, through the real scan, copy, validation, lake and receipts: a return
 * rewritten in place while it is being judged (as a slow SMB or SFTP upload writes it) waits, and the complete
 * file is loaded by the next run; a return that vanishes is simply gone from the run; the others are loaded.
 */
class FilesChangingDuringARunTest {

    private static final Instant NOW = Instant.parse("2024-10-12T03:00:00Z");

    @TempDir
    Path dir;

    @Test
    void aReturnRewrittenDuringTheRunWaitsAndItsCompleteBytesAreLoadedByTheNextRun() throws IOException {
        // given a return found complete, and taken
        DataDirectory data = new DataDirectory(dir).create();
        Path file = TestReturns.write(Files.createDirectories(data.inbox().resolve("drc")).resolve("q3.xlsx"),
                "2024年第3季度", "I15", 3, NOW.minus(Duration.ofHours(1)));
        Path other = TestReturns.write(data.inbox().resolve("drc/q2.xlsx"), "2024年第2季度", "I15", 2,
                NOW.minus(Duration.ofHours(2)));
        InboxScan scan = scanner(data, NOW).scan();
        List<IntakeResult> judged = scan.ready().stream().map(f -> examiner(data).examine(f).orElseThrow()).toList();

        // when the sender's upload rewrites it, half-written first, then whole with another value
        byte[] complete = TestReturns.bytes("2024年第3季度", "I15", 4);
        Files.write(file, Arrays.copyOf(complete, complete.length / 2));
        Files.write(file, complete);
        Files.setLastModifiedTime(file, FileTime.from(NOW.plusSeconds(1)));
        List<IntakeResult> answered = committer(data).commit(judged, NOW.plusSeconds(2));

        // then it waits in the inbox, unanswered; the other return is loaded
        assertThat(answered).extracting(r -> r.file().fileName()).containsExactly("q2.xlsx");
        assertThat(Files.readAllBytes(file)).isEqualTo(complete);
        assertThat(outbox(data)).noneMatch(name -> name.startsWith("q3.xlsx"));
        String otherSha = Fingerprint.sha256(data.archive().resolve("drc/q2.xlsx"));
        assertThat(lakeFiles(data)).containsExactly("inbox/drc/q2.xlsx " + otherSha);
        assertThat(privateCopies(data)).isEmpty();
        assertThat(other).doesNotExist();

        // and when the next run comes after it has settled
        Instant later = NOW.plus(Duration.ofMinutes(5));
        List<IntakeResult> next = scanner(data, later).scan().ready().stream()
                .map(f -> examiner(data).examine(f).orElseThrow()).toList();
        committer(data).commit(next, later);

        // then its complete bytes are loaded, archived and answered
        assertThat(lakeFiles(data)).containsExactly("inbox/drc/q2.xlsx " + otherSha,
                "inbox/drc/q3.xlsx " + sha(complete));
        assertThat(Files.readAllBytes(data.archive().resolve("drc/q3.xlsx"))).isEqualTo(complete);
        assertThat(file).doesNotExist();
        assertThat(outbox(data)).anyMatch(name -> name.startsWith("q3.xlsx.") && name.endsWith(".receipt.json"));
    }

    @Test
    void aReturnThatVanishesIsGoneFromTheRunAndTheOthersAreLoaded() throws IOException {
        // given
        DataDirectory data = new DataDirectory(dir).create();
        Path gone = TestReturns.write(Files.createDirectories(data.inbox().resolve("drc")).resolve("q3.xlsx"),
                "2024年第3季度", "I15", 3, NOW.minus(Duration.ofHours(1)));
        Path takenThenGone = TestReturns.write(data.inbox().resolve("drc/q1.xlsx"), "2024年第1季度", "I15", 1,
                NOW.minus(Duration.ofHours(3)));
        TestReturns.write(data.inbox().resolve("drc/q2.xlsx"), "2024年第2季度", "I15", 2, NOW.minus(Duration.ofHours(2)));
        List<InboxFile> ready = scanner(data, NOW).scan().ready();

        // when one vanishes before it is taken and one after
        Files.delete(gone);
        FileExaminer examiner = examiner(data);
        List<Optional<IntakeResult>> judged = ready.stream().map(examiner::examine).toList();
        Files.delete(takenThenGone);
        List<IntakeResult> answered = committer(data)
                .commit(judged.stream().flatMap(Optional::stream).toList(), NOW);

        // then
        assertThat(judged).hasSize(3).filteredOn(Optional::isEmpty).hasSize(1);
        assertThat(answered).extracting(r -> r.file().fileName()).containsExactly("q2.xlsx");
        assertThat(lakeFiles(data)).singleElement().asString().startsWith("inbox/drc/q2.xlsx ");
        assertThat(outbox(data)).noneMatch(name -> name.startsWith("q1.xlsx") || name.startsWith("q3.xlsx"));
        assertThat(privateCopies(data)).isEmpty();
    }

    private static InboxScanner scanner(DataDirectory data, Instant now) {
        return new InboxScanner(data.inbox(), Catalog.load(), Duration.ofSeconds(10), Duration.ofMinutes(15),
                Clock.fixed(now, ZoneOffset.UTC));
    }

    private static FileExaminer examiner(DataDirectory data) {
        return new FileExaminer(data, new Lake(data.lake()).state().sourcesBySha(),
                new ReturnNormalizer(new PoiWorkbookReader(ReadLimits.DEFAULT), Catalog.load(), PreviousValues.NONE),
                new InboxCopier(data.state().resolve("intake"), ReadLimits.DEFAULT.maxFileBytes()));
    }

    private static ChunkCommitter committer(DataDirectory data) {
        Lake lake = new Lake(data.lake());
        return new ChunkCommitter(data, lake, new ReceiptFactory(Catalog.load()),
                new Outbox(data.outbox(), List.of(new JsonReceiptFormat())),
                new FileSorter(data.archive(), data.quarantine()), Runnable::run, lake.state().sourcesBySha(),
                new BackfillWarnings(new ChangeRecheck(Catalog.load()), PreviousValues.NONE));
    }

    /** The files the lake holds: each one's inbox path and fingerprint. */
    private static List<String> lakeFiles(DataDirectory data) {
        return new Lake(data.lake()).state().sourcesBySha().entrySet().stream()
                .map(e -> SourceKey.path(e.getValue()) + " " + e.getKey()).sorted().toList();
    }

    private static String sha(byte[] bytes) throws IOException {
        Path file = Files.createTempFile("bytes", ".xlsx");
        try {
            return Fingerprint.sha256(Files.write(file, bytes));
        } finally {
            Files.delete(file);
        }
    }

    private static List<String> outbox(DataDirectory data) throws IOException {
        try (Stream<Path> files = Files.list(data.outbox().resolve("drc"))) {
            return files.map(p -> p.getFileName().toString()).toList();
        } catch (NoSuchFileException none) {
            return List.of();
        }
    }

    private static List<Path> privateCopies(DataDirectory data) throws IOException {
        Path folder = data.state().resolve("intake");
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }
}
