package cn.jingan.planwatch.intake.receipt;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The archive reads back the same through its local headers (streaming) and its central directory. */
class StoredZipTest {

    private static final Map<String, byte[]> ENTRIES = new LinkedHashMap<>();

    static {
        ENTRIES.put("[Content_Types].xml", "<Types/>".getBytes(StandardCharsets.UTF_8));
        ENTRIES.put("xl/worksheets/回执.xml", "<c><t>已受理</t></c>".getBytes(StandardCharsets.UTF_8));
        ENTRIES.put("empty", new byte[0]);
    }

    @Test
    void streamingReaderSeesEveryEntryStoredWithItsBytes() throws IOException {
        Map<String, byte[]> read = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(archive()), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                assertThat(entry.getMethod()).isEqualTo(ZipEntry.STORED);
                read.put(entry.getName(), in.readAllBytes());
            }
        }
        assertThat(read).containsOnlyKeys(ENTRIES.keySet());
        ENTRIES.forEach((name, bytes) -> assertThat(read.get(name)).isEqualTo(bytes));
    }

    @Test
    void centralDirectoryNamesEveryEntryWithSizeAndChecksum(@TempDir Path dir) throws IOException {
        Path file = Files.write(dir.resolve("receipt.xlsx"), archive());
        try (ZipFile zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8)) {
            assertThat(zip.size()).isEqualTo(ENTRIES.size());
            for (Map.Entry<String, byte[]> expected : ENTRIES.entrySet()) {
                ZipEntry entry = zip.getEntry(expected.getKey());
                CRC32 crc = new CRC32();
                crc.update(expected.getValue());
                assertThat(entry.getSize()).isEqualTo(expected.getValue().length);
                assertThat(entry.getCrc()).isEqualTo(crc.getValue());
                assertThat(zip.getInputStream(entry).readAllBytes()).isEqualTo(expected.getValue());
            }
        }
    }

    @Test
    void sameEntriesAreTheSameBytes() throws IOException {
        assertThat(archive()).isEqualTo(archive());
    }

    private static byte[] archive() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        StoredZip zip = new StoredZip(out);
        for (Map.Entry<String, byte[]> entry : ENTRIES.entrySet()) {
            zip.add(entry.getKey(), entry.getValue());
        }
        zip.finish();
        return out.toByteArray();
    }
}
