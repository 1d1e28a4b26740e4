package cn.jingan.planwatch.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Handled files leave the inbox whole: accepted and duplicate ones to archive, rejected ones to quarantine. */
class FileSorterTest {

    private static final Instant RECEIVED = Instant.parse("2024-10-12T02:30:00Z");

    @TempDir
    Path data;

    private FileSorter sorter() {
        return new FileSorter(data.resolve("archive"), data.resolve("quarantine"));
    }

    @Test
    void movesAcceptedAndDuplicateFilesToArchiveAndRejectedOnesToQuarantineKeepingTheirTime() throws IOException {
        // given
        Path accepted = delivered("housing/q3.xlsx", "accepted");
        Path duplicate = delivered("housing/q3-again.xlsx", "accepted");
        Path rejected = delivered("housing/q3-bad.xls", "rejected");

        // when
        Path a = sorter().sort(accepted, "housing", Fingerprint.sha256(accepted), Outcome.ACCEPTED);
        Path d = sorter().sort(duplicate, "housing", Fingerprint.sha256(duplicate), Outcome.DUPLICATE);
        Path r = sorter().sort(rejected, "housing", Fingerprint.sha256(rejected), Outcome.REJECTED);

        // then
        assertThat(a).isEqualTo(data.resolve("archive/housing/q3.xlsx"));
        assertThat(d).isEqualTo(data.resolve("archive/housing/q3-again.xlsx"));
        assertThat(r).isEqualTo(data.resolve("quarantine/housing/q3-bad.xls"));
        assertThat(data.resolve("inbox/housing")).isEmptyDirectory();
        assertThat(a).hasContent("accepted");
        assertThat(r).hasContent("rejected");
        for (Path moved : new Path[] {a, d, r}) {
            assertThat(Files.getLastModifiedTime(moved).toInstant()).isEqualTo(RECEIVED);
        }
    }

    @Test
    void neverOverwritesAFileOfTheSameNameButAddsTheFingerprintToTheName() throws IOException {
        // given: the bureau sent q3.xlsx three times with different contents
        Path first = delivered("housing/q3.xlsx", "first");
        String firstSha = Fingerprint.sha256(first);
        sorter().sort(first, "housing", firstSha, Outcome.REJECTED);
        Path second = delivered("housing/q3.xlsx", "second");
        String secondSha = Fingerprint.sha256(second);

        // when
        Path two = sorter().sort(second, "housing", secondSha, Outcome.REJECTED);
        Files.writeString(data.resolve("quarantine/housing/q3." + firstSha.substring(0, 8) + ".xlsx"), "occupied");
        Path third = delivered("housing/q3.xlsx", "third");
        Path three = sorter().sort(third, "housing", firstSha, Outcome.REJECTED);

        // then
        assertThat(data.resolve("quarantine/housing/q3.xlsx")).hasContent("first");
        assertThat(two).isEqualTo(data.resolve("quarantine/housing/q3." + secondSha.substring(0, 8) + ".xlsx"))
                .hasContent("second");
        assertThat(three).isEqualTo(data.resolve("quarantine/housing/q3." + firstSha.substring(0, 8) + "-1.xlsx"))
                .hasContent("third");
    }

    private Path delivered(String relative, String content) throws IOException {
        Path file = data.resolve("inbox").resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
        Files.setLastModifiedTime(file, FileTime.from(RECEIVED));
        return file;
    }
}
