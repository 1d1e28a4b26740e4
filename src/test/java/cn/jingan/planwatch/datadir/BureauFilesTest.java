package cn.jingan.planwatch.datadir;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files the pipeline writes into a bureau's folder: complete, the folder's group, {@code rw-r-----}. */
class BureauFilesTest {

    @TempDir
    Path dir;

    @Test
    void aFileWrittenForABureauTakesTheFoldersGroupAndIsClosedToOthers() throws IOException {
        // given: a bureau folder whose group is not the writer's own
        Path folder = Files.createDirectories(dir.resolve("outbox/finance"));
        GroupPrincipal bureauGroup = folder.getFileSystem().getUserPrincipalLookupService()
                .lookupPrincipalByGroupName("daemon");
        Files.getFileAttributeView(folder, PosixFileAttributeView.class).setGroup(bureauGroup);

        // when
        Path written = BureauFiles.write(folder, "receipt.json", "{}".getBytes(StandardCharsets.UTF_8));

        // then
        PosixFileAttributes attributes = Files.readAttributes(written, PosixFileAttributes.class);
        assertThat(attributes.group()).isEqualTo(bureauGroup);
        assertThat(PosixFilePermissions.toString(attributes.permissions())).isEqualTo("rw-r-----");
        assertThat(Files.readString(written)).isEqualTo("{}");
        try (var left = Files.list(folder)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly("receipt.json");
        }
    }

    @Test
    void aFileWrittenAgainReplacesTheOldOneWhole() throws IOException {
        // given
        Path folder = dir.resolve("outbox/market");
        BureauFiles.write(folder, "reminder.txt", "old, longer text".getBytes(StandardCharsets.UTF_8));

        // when
        Path written = BureauFiles.write(folder, "reminder.txt", "new".getBytes(StandardCharsets.UTF_8));

        // then
        assertThat(Files.readString(written)).isEqualTo("new");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(written))).isEqualTo("rw-r-----");
    }
}
