package cn.jingan.planwatch.intake.receipt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.jingan.planwatch.normalize.Finding;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/** Receipt files: never overwriting another delivery's receipt, names that fit the file system, XML that parses. */
class OutboxTest {

    private static final String SHA = "1a2b3c4d" + "0".repeat(56);
    private static final Instant FIRST = Instant.parse("2024-07-10T02:00:00Z");
    private static final Instant AGAIN = Instant.parse("2024-07-12T02:00:00Z");

    @TempDir
    Path outbox;

    @Test
    void neverOverwritesTheReceiptOfAnotherDeliveryOfTheSameNameAndBytes() throws IOException {
        // given
        Outbox box = new Outbox(outbox, List.of(new WorkbookReceiptFormat(), new JsonReceiptFormat()));

        // when the same file is accepted, then sent again (a duplicate), then the first answer is repeated
        box.deliver(receipt("q3.xlsx", "accepted", FIRST, "x"));
        box.deliver(receipt("q3.xlsx", "duplicate", AGAIN, "x"));
        box.deliver(receipt("q3.xlsx", "accepted", FIRST, "x"));

        // then
        assertThat(names()).containsExactly("q3.xlsx.1a2b3c4d-2.receipt.json", "q3.xlsx.1a2b3c4d-2.receipt.xlsx",
                "q3.xlsx.1a2b3c4d.receipt.json", "q3.xlsx.1a2b3c4d.receipt.xlsx");
        assertThat(status("q3.xlsx.1a2b3c4d.receipt.json")).isEqualTo("accepted");
        assertThat(status("q3.xlsx.1a2b3c4d-2.receipt.json")).isEqualTo("duplicate");
        assertThat(box.holds(receipt("q3.xlsx", "duplicate", AGAIN, "x"))).isTrue();
        assertThat(box.holds(receipt("q3.xlsx", "rejected", AGAIN, "x"))).isFalse();
    }

    @Test
    void aReceiptCutShortIsFinishedUnderItsOwnName() throws IOException {
        // given: a delivery whose JSON twin could not be written (the disk filled, or the run was killed there)
        ReceiptFormat failingTwin = new ReceiptFormat() {
            @Override
            public String extension() {
                return "json";
            }

            @Override
            public void write(Receipt receipt, OutputStream out) throws IOException {
                throw new IOException("No space left on device");
            }
        };
        Outbox cutShort = new Outbox(outbox, List.of(new WorkbookReceiptFormat(), failingTwin));
        assertThatThrownBy(() -> cutShort.deliver(receipt("q3.xlsx", "accepted", FIRST, "x")))
                .isInstanceOf(UncheckedIOException.class);

        // when the next run answers the same delivery again
        new Outbox(outbox, List.of(new WorkbookReceiptFormat(), new JsonReceiptFormat()))
                .deliver(receipt("q3.xlsx", "accepted", FIRST, "x"));

        // then: the twin goes first, so nothing of the cut-short receipt made its name look taken
        assertThat(names()).containsExactly("q3.xlsx.1a2b3c4d.receipt.json", "q3.xlsx.1a2b3c4d.receipt.xlsx");
    }

    @Test
    void shortensTheReturnsNameSoThatEveryReceiptNameFitsTheFileSystem() throws IOException {
        // given a name of 253 bytes, as long as a file system allows with room for nothing more
        String name = "房".repeat(81) + ".xlsx";
        Outbox box = new Outbox(outbox, List.of(new WorkbookReceiptFormat(), new JsonReceiptFormat()));

        // when
        List<Path> written = box.deliver(receipt(name, "accepted", FIRST, "x"));

        // then
        assertThat(written).hasSize(2).allSatisfy(path -> {
            String file = path.getFileName().toString();
            assertThat(("." + file + ".tmp").getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(255);
            assertThat(file).startsWith("房房房").contains(".xlsx.1a2b3c4d.receipt.");
        });
    }

    @Test
    void dropsCharactersXmlCannotHoldSoTheReceiptWorkbookOpens() throws Exception {
        // given text with U+FFFE, U+FFFF, a lone surrogate and a control character
        String hostile = "第\uFFFE三\uFFFF季\uD800度\u0001";
        Outbox box = new Outbox(outbox, List.of(new WorkbookReceiptFormat()));

        // when
        Path written = box.deliver(receipt("q3.xlsx", "rejected", FIRST, hostile)).get(0);

        // then the sheet part is well-formed XML and the workbook opens with the text that XML can hold
        try (XSSFWorkbook workbook = new XSSFWorkbook(written.toFile())) {
            assertThat(workbook.getSheetAt(0).getRow(2).getCell(1).getStringCellValue()).isEqualTo("第三季度");
            try (InputStream sheet = workbook.getSheetAt(0).getPackagePart().getInputStream()) {
                assertThat(DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(sheet)).isNotNull();
            }
        }
    }

    private static Receipt receipt(String file, String status, Instant receivedAt, String message) {
        return new Receipt(status, status, "housing", "区房管局", file, SHA, receivedAt, AGAIN, "报表", "2024-Q3", 0, null,
                message, List.of(Finding.error("BAD_VALUE", "报表", "C5", message)), List.of(), List.of());
    }

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(outbox.resolve("housing"))) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private String status(String json) {
        return JsonMapper.builder().build().readTree(outbox.resolve("housing").resolve(json).toFile())
                .path("status").asString();
    }
}
