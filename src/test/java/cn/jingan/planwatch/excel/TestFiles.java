package cn.jingan.planwatch.excel;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/** Files that are not plain returns: encrypted, rewritten, cut short. */
final class TestFiles {

    private TestFiles() {}

    /** The sample return as an agile-encrypted .xlsx (an OLE2 container holding the encrypted package). */
    static Path encryptedXlsx(Path dir, String password) throws Exception {
        Path plain = TestWorkbooks.sampleReturn(dir, "xlsx");
        Path encrypted = dir.resolve("encrypted.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword(password);
            try (InputStream in = Files.newInputStream(plain); OPCPackage opc = OPCPackage.open(in);
                 OutputStream os = encryptor.getDataStream(fs)) {
                opc.save(os);
            }
            try (OutputStream out = Files.newOutputStream(encrypted)) {
                fs.writeFilesystem(out);
            }
        }
        return encrypted;
    }

    /** The sample return as a password-protected (RC4 CryptoAPI) .xls. */
    static Path encryptedXls(Path dir, String password) throws Exception {
        Path dest = dir.resolve("encrypted-dir");
        Files.createDirectories(dest);
        Biff8EncryptionKey.setCurrentUserPassword(password);
        try {
            Path file = TestWorkbooks.sampleReturn(dest, "xls");
            return Files.move(file, dir.resolve("encrypted.xls"));
        } finally {
            Biff8EncryptionKey.setCurrentUserPassword(null);
        }
    }

    /** A copy of a ZIP package with some entries' content replaced. */
    static Path replaceEntries(Path source, Path target, Map<String, byte[]> replacements) throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(source));
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] content = replacements.containsKey(entry.getName())
                        ? replacements.get(entry.getName())
                        : in.readAllBytes();
                out.putNextEntry(new ZipEntry(entry.getName()));
                out.write(content);
                out.closeEntry();
            }
        }
        return target;
    }

    /** A copy of a ZIP package with entries renamed and further entries added after them. */
    static Path renameEntries(Path source, Path target, UnaryOperator<String> rename, Map<String, byte[]> added)
            throws IOException {
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(source));
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                out.putNextEntry(new ZipEntry(rename.apply(entry.getName())));
                out.write(in.readAllBytes());
                out.closeEntry();
            }
            for (Map.Entry<String, byte[]> entry : added.entrySet()) {
                out.putNextEntry(new ZipEntry(entry.getKey()));
                out.write(entry.getValue());
                out.closeEntry();
            }
        }
        return target;
    }

    static Path copyAs(Path source, Path target) throws IOException {
        return Files.copy(source, target);
    }

    static Path truncated(Path source, Path target, int keepBytes) throws IOException {
        byte[] bytes = Files.readAllBytes(source);
        return Files.write(target, java.util.Arrays.copyOf(bytes, Math.min(keepBytes, bytes.length)));
    }
}
