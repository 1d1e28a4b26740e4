package cn.jingan.planwatch.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import cn.jingan.planwatch.excel.UnreadableWorkbookException.Reason;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files built to hurt a parser are refused with a verdict, never followed. */
class PoiWorkbookReaderHostileFilesTest {

    private static final String SHEET = "xl/worksheets/sheet3.xml";

    @TempDir
    Path dir;

    private final PoiWorkbookReader reader = new PoiWorkbookReader(ReadLimits.DEFAULT);

    private UnreadableWorkbookException failureOf(Path file) {
        return catchThrowableOfType(UnreadableWorkbookException.class,
                () -> reader.read(file, new RecordingVisitor()));
    }

    private Path withEntry(String entry, String content) throws Exception {
        Path xlsx = TestWorkbooks.sampleReturn(dir, "xlsx");
        return TestFiles.replaceEntries(xlsx, dir.resolve("hostile.xlsx"),
                Map.of(entry, content.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void refusesAZipBomb() throws Exception {
        // given a sheet part that inflates to 1,000 times its packed size
        String sheet = "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                + " ".repeat(20_000_000) + "</sheetData></worksheet>";
        Path file = withEntry(SHEET, sheet);
        // when
        UnreadableWorkbookException failure = failureOf(file);
        // then
        assertThat(failure.reason()).isEqualTo(Reason.UNSAFE);
        assertThat(failure.getMessage()).contains("不安全");
    }

    @Test
    void refusesAnXmlEntityBomb() throws Exception {
        // given billion laughs in the shared strings
        String strings = """
                <?xml version="1.0"?>
                <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
                <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
                <sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>&lol3;</t></si></sst>""";
        Path file = withEntry("xl/sharedStrings.xml", strings);
        // when
        UnreadableWorkbookException failure = failureOf(file);
        // then
        assertThat(failure.reason()).isEqualTo(Reason.UNSAFE);
    }

    @Test
    void neverFetchesAnExternalEntity() throws Exception {
        try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            // given a sheet whose DOCTYPE points an entity at a local listener
            String sheet = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY xxe SYSTEM \"http://127.0.0.1:"
                    + listener.getLocalPort() + "/leak\">]>"
                    + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                    + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&xxe;</t></is></c></row></sheetData></worksheet>";
            Path file = withEntry(SHEET, sheet);
            // when
            UnreadableWorkbookException failure = failureOf(file);
            // then
            assertThat(failure.reason()).isEqualTo(Reason.UNSAFE);
            listener.setSoTimeout(300);
            assertThat(acceptedAConnection(listener)).isFalse();
        }
    }

    @Test
    void judgesAFuzzedLegacyWorkbookCorruptWithoutThrowingAnythingElse() throws Exception {
        // given a real .xls with its workbook stream overwritten by garbage in the middle
        Path xls = TestWorkbooks.sampleReturn(dir, "xls");
        byte[] bytes = java.nio.file.Files.readAllBytes(xls);
        java.util.Random random = new java.util.Random(42);
        for (int i = 1024; i < bytes.length - 512; i++) {
            bytes[i] = (byte) random.nextInt(256);
        }
        Path file = java.nio.file.Files.write(dir.resolve("fuzzed.xls"), bytes);
        // when
        UnreadableWorkbookException failure = failureOf(file);
        // then
        assertThat(failure.reason()).isEqualTo(Reason.CORRUPT);
    }

    private static boolean acceptedAConnection(ServerSocket listener) throws Exception {
        try (var ignored = listener.accept()) {
            return true;
        } catch (SocketTimeoutException none) {
            return false;
        }
    }
}
