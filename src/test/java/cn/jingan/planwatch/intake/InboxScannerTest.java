package cn.jingan.planwatch.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.jingan.planwatch.catalog.Catalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What counts as a return ready to take, what waits for a later run, and what is never taken. */
class InboxScannerTest {

    private static final Instant NOW = Instant.parse("2024-10-12T03:00:00Z");
    private static final Duration SETTLE = Duration.ofSeconds(10);

    @TempDir
    Path inbox;

    private InboxScan scan() {
        return scanning(inbox).scan();
    }

    private static InboxScanner scanning(Path folder) {
        return new InboxScanner(folder, Catalog.load(), SETTLE, Duration.ofMinutes(15), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void leavesLockFilesDotFilesPartialDownloadsAndGrowingFilesWaiting() throws IOException {
        // given
        Path ready = file("housing/q3.xlsx", NOW.minus(Duration.ofHours(1)), 100);
        List<Path> notYet = List.of(
                file("housing/~$q3.xlsx", NOW.minus(Duration.ofHours(1)), 165),
                file("housing/.q3.xlsx.swp", NOW.minus(Duration.ofHours(1)), 10),
                file("housing/q4.xlsx.tmp", NOW.minus(Duration.ofHours(1)), 10),
                file("housing/q4.XLSX.part", NOW.minus(Duration.ofHours(1)), 10),
                file("housing/q4.xlsx", NOW.minusSeconds(3), 10));

        // when
        InboxScan scan = scan();

        // then
        assertThat(scan.ready()).containsExactly(
                new InboxFile(ready, "housing", NOW.minus(Duration.ofHours(1)), 100));
        assertThat(scan.waiting()).containsExactlyInAnyOrderElementsOf(notYet);
        assertThat(scan.ignored()).isEmpty();
    }

    @Test
    void takesAFileOnceItWasLastModifiedAtLeastTheSettleTimeAgo() throws IOException {
        // given
        Path settled = file("housing/settled.xlsx", NOW.minus(SETTLE), 10);
        Path stillGrowing = file("housing/growing.xlsx", NOW.minus(SETTLE).plusMillis(1), 10);

        // when
        InboxScan scan = scan();

        // then
        assertThat(scan.ready()).extracting(InboxFile::path).containsExactly(settled);
        assertThat(scan.waiting()).containsExactly(stillGrowing);
    }

    @Test
    void ignoresLooseFilesAndUnknownBureauFoldersAndRefusesSubfolders() throws IOException {
        // given
        Path loose = file("q3.xlsx", NOW.minus(Duration.ofHours(1)), 10);
        Path looseLock = file("~$q3.xlsx", NOW.minus(Duration.ofHours(1)), 10);
        file("nobody/q3.xlsx", NOW.minus(Duration.ofHours(1)), 10);
        file("housing/old/q3.xlsx", NOW.minus(Duration.ofHours(1)), 10);

        // when
        InboxScan scan = scan();

        // then
        assertThat(scan.ready()).isEmpty();
        assertThat(scan.waiting()).containsExactly(looseLock);
        assertThat(scan.ignored()).containsExactlyInAnyOrder(loose, inbox.resolve("nobody"));
        assertThat(scan.refused()).extracting(RefusedEntry::path, RefusedEntry::code)
                .containsExactly(tuple(inbox.resolve("housing/old"), "FOLDER"));
    }

    @Test
    void listsReadyFilesOldestFirstAcrossBureaus() throws IOException {
        // given
        Path newest = file("commerce/a.xlsx", NOW.minus(Duration.ofMinutes(1)), 10);
        Path oldest = file("sports/z.xls", NOW.minus(Duration.ofDays(2)), 10);
        Path middle = file("housing/m.xlsx", NOW.minus(Duration.ofHours(5)), 10);

        // when
        InboxScan scan = scan();

        // then
        assertThat(scan.ready()).extracting(InboxFile::path).containsExactly(oldest, middle, newest);
        assertThat(scan.ready()).extracting(InboxFile::bureauCode).containsExactly("sports", "housing", "commerce");
    }

    @Test
    void findsNothingWhenThereIsNoInboxYet() {
        assertThat(scanning(inbox.resolve("missing")).scan()).isEqualTo(new InboxScan(List.of(), List.of(), List.of(), List.of()));
    }

    private Path file(String relative, Instant modified, int size) throws IOException {
        Path file = inbox.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.write(file, new byte[size]);
        Files.setLastModifiedTime(file, FileTime.from(modified));
        return file;
    }
}
