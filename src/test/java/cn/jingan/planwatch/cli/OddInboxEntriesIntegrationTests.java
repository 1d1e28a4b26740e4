package cn.jingan.planwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jingan.planwatch.intake.Fingerprint;
import cn.jingan.planwatch.normalize.ReturnWorkbook.Format;
import cn.jingan.planwatch.normalize.ReturnWorkbook;
import cn.jingan.planwatch.warehouse.WarehouseReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every odd thing a shared bureau folder can hold, all in one inbox, through the real {@code run}: links
 * (dangling, to a return outside the data directory, to {@code /dev/zero}), a named pipe, a socket, a device, a
 * sub-folder holding a return, a name near the file-system limit, a modification time in the future, and a bureau
 * folder on another file system (a tmpfs mount). The run ends well and in bounded time, every entry gets its
 * verdict, and the good returns of every bureau are loaded and published.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OddInboxEntriesIntegrationTests {

    private static final String[] COLUMNS = {"指标编码", "本期值"};
    private static final Instant AN_HOUR_AGO = Instant.now().minus(Duration.ofHours(1));
    private static final String LONG_NAME = "静安区房屋管理局".repeat(9) + "第三季度";

    Path data;
    Path share;
    Path housing;
    String outsideSha;
    String longSha;
    String futureSha;
    String shareSha;
    int firstExit;
    String firstReport;
    int secondExit;
    FileTime refusalWrittenAt;
    FileTime refusalAfterSecondRun;
    String status;

    @BeforeAll
    void deliverOddEntriesAndRunTwice(@TempDir Path dir) throws Exception {
        // given a bureau folder on another file system
        data = dir.resolve("data");
        share = dir.resolve("share");
        Files.createDirectories(share);
        assertThat(exec("mount", "-t", "tmpfs", "-o", "size=16m", "tmpfs", share.toString())).isZero();
        Path drcOnShare = Files.createDirectories(share.resolve("drc"));
        Files.createDirectories(data.resolve("inbox"));
        Files.createSymbolicLink(data.resolve("inbox/drc"), drcOnShare);
        shareSha = sha(aged(ReturnWorkbook.in(Format.XLSX).sheet("季报").standardTop("区发改委", "2024年第3季度", COLUMNS)
                .row(5, "I15", 4).write(drcOnShare, "drc_2024-Q3")));

        // and a housing folder full of odd entries beside good returns
        housing = Files.createDirectories(data.resolve("inbox/housing"));
        Path outside = aged(housingReturn(dir.resolve("elsewhere"), "outside", "2024年第1季度", 11.5));
        outsideSha = sha(outside);
        Files.createSymbolicLink(housing.resolve("linked.xlsx"), outside);
        Files.createSymbolicLink(housing.resolve("dangling.xlsx"), dir.resolve("nowhere.xlsx"));
        Files.createSymbolicLink(housing.resolve("zero.xlsx"), Path.of("/dev/zero"));
        assertThat(exec("mkfifo", housing.resolve("pipe.xlsx").toString())).isZero();
        assertThat(exec("mknod", housing.resolve("device.xlsx").toString(), "c", "1", "3")).isZero();
        try (ServerSocketChannel socket = ServerSocketChannel.open(java.net.StandardProtocolFamily.UNIX)) {
            socket.bind(UnixDomainSocketAddress.of(housing.resolve("socket.xlsx")));
        }
        aged(housingReturn(housing.resolve("2024"), "nested", "2024年第2季度", 12.5));
        longSha = sha(aged(housingReturn(housing, LONG_NAME, "2024年第3季度", 13.5)));
        Path future = housingReturn(housing, "future", "2024年第4季度", 14.5);
        Files.setLastModifiedTime(future, FileTime.from(Instant.now().plus(Duration.ofDays(2))));
        futureSha = sha(future);

        // when
        StringWriter out = new StringWriter();
        firstExit = command(out).execute("run", "--data-dir", data.toString());
        firstReport = out.toString();
        refusalWrittenAt = Files.getLastModifiedTime(refusal("pipe.xlsx"));
        secondExit = command(new StringWriter()).execute("run", "--data-dir", data.toString());
        refusalAfterSecondRun = Files.getLastModifiedTime(refusal("pipe.xlsx"));
        StringWriter statusOut = new StringWriter();
        command(statusOut).execute("status", "--data-dir", data.toString());
        status = statusOut.toString();
    }

    @AfterAll
    void unmount() throws Exception {
        exec("umount", share.toString());
    }

    @Test
    void endsWellAndLoadsAndPublishesTheGoodReturnsOfEveryBureau() {
        // then
        assertThat(firstExit).as(firstReport).isZero();
        assertThat(secondExit).isZero();
        assertThat(facts()).containsExactly(
                "I15 2024-Q3 4.000000 drc_2024-Q3.xlsx",
                "I16 2024-Q3 13.500000 " + LONG_NAME + ".xlsx",
                "I16 2024-Q4 14.500000 future.xlsx");
    }

    @Test
    void answersEveryLinkPipeSocketDeviceAndFolderWithAReceiptAndLeavesItWhereItIs() throws IOException {
        // then
        Map<String, String> refused = Map.of("linked.xlsx", "LINK", "dangling.xlsx", "LINK", "zero.xlsx", "LINK",
                "pipe.xlsx", "NOT_A_FILE", "device.xlsx", "NOT_A_FILE", "socket.xlsx", "NOT_A_FILE", "2024", "FOLDER");
        for (Map.Entry<String, String> entry : refused.entrySet()) {
            assertThat(Files.exists(housing.resolve(entry.getKey()), LinkOption.NOFOLLOW_LINKS)).as(entry.getKey())
                    .isTrue();
            JsonNode receipt = json(refusal(entry.getKey()));
            assertThat(receipt.path("status").asString()).as(entry.getKey()).isEqualTo("refused");
            assertThat(receipt.path("errors").get(0).path("code").asString()).as(entry.getKey())
                    .isEqualTo(entry.getValue());
            assertThat(Files.exists(data.resolve("outbox/housing").resolve(entry.getKey() + ".refused.receipt.xlsx")))
                    .isTrue();
        }
        assertThat(json(refusal("linked.xlsx")).path("errors").get(0).path("messageZh").asString())
                .contains("请将报表文件本身");
        assertThat(Files.isRegularFile(housing.resolve("2024/nested.xlsx"))).isTrue();
        assertThat(firstReport).contains("ignored 7");
    }

    @Test
    void writesARefusalsReceiptOnceNotOnEveryRun() {
        // then
        assertThat(refusalAfterSecondRun).isEqualTo(refusalWrittenAt);
    }

    @Test
    void neverArchivesALinkAndLeavesItsTargetUntouched() throws IOException {
        // then
        assertThat(RunCommandIntegrationTests.filesUnder(data.resolve("archive/housing")).stream()
                .map(p -> p.getFileName().toString())).doesNotContain("linked.xlsx");
        for (Path archived : RunCommandIntegrationTests.filesUnder(data.resolve("archive"))) {
            assertThat(Files.isSymbolicLink(archived)).as(archived.toString()).isFalse();
        }
        assertThat(sha(data.getParent().resolve("elsewhere/outside.xlsx"))).isEqualTo(outsideSha);
    }

    @Test
    void takesAReturnFromABureauFolderOnAnotherFileSystemAndArchivesItsVerifiedBytes() throws IOException {
        // then
        assertThat(Files.exists(share.resolve("drc/drc_2024-Q3.xlsx"))).isFalse();
        assertThat(sha(data.resolve("archive/drc/drc_2024-Q3.xlsx"))).isEqualTo(shareSha);
        assertThat(json(data.resolve("outbox/drc/drc_2024-Q3.xlsx." + shareSha.substring(0, 8) + ".receipt.json"))
                .path("status").asString()).isEqualTo("accepted");
    }

    @Test
    void answersAReturnWhoseNameIsNearTheFileSystemLimitWithAReceiptNameThatFits() throws IOException {
        // then
        assertThat(sha(data.resolve("archive/housing/" + LONG_NAME + ".xlsx"))).isEqualTo(longSha);
        List<Path> receipts = RunCommandIntegrationTests.filesUnder(data.resolve("outbox/housing")).stream()
                .filter(p -> p.getFileName().toString().contains(longSha.substring(0, 8))).toList();
        assertThat(receipts).hasSize(2);
        for (Path receipt : receipts) {
            assertThat(receipt.getFileName().toString().getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(255);
            assertThat(receipt.getFileName().toString()).startsWith("静安区房屋管理局");
        }
        JsonNode json = json(receipts.stream().filter(p -> p.toString().endsWith(".json")).findFirst().orElseThrow());
        assertThat(json.path("status").asString()).isEqualTo("accepted");
        assertThat(json.path("file").asString()).isEqualTo(LONG_NAME + ".xlsx");
    }

    @Test
    void takesAFileDatedInTheFutureAsReceivedWhenFoundWithAWarning() {
        // then
        JsonNode receipt = json(data.resolve("outbox/housing/future.xlsx." + futureSha.substring(0, 8) + ".receipt.json"));
        assertThat(receipt.path("status").asString()).isEqualTo("accepted");
        assertThat(Instant.parse(receipt.path("receivedAt").asString())).isBefore(Instant.now());
        assertThat(receipt.path("warnings").get(0).path("code").asString()).isEqualTo("CLOCK_AHEAD");
        assertThat(receipt.path("warnings").get(0).path("messageZh").asString()).contains("时钟不准");
    }

    @Test
    void statusNamesEveryEntryNotTakenWithItsReason() {
        // then
        assertThat(status).contains("refused   inbox/housing/pipe.xlsx (not a regular file")
                .contains("refused   inbox/housing/linked.xlsx (a link: only regular files are read")
                .contains("refused   inbox/housing/2024 (a folder: returns inside sub-folders are never taken");
    }

    private List<String> facts() {
        try (WarehouseReader reader = WarehouseReader.open(data.resolve("warehouse.duckdb"))) {
            return reader.query("select indicator_code || ' ' || period_code || ' ' || value::varchar || ' ' || source_file"
                    + " as v from fact_observation order by indicator_code, period_code").stream()
                    .map(row -> row.get("v").toString()).toList();
        }
    }

    private Path refusal(String entry) {
        return data.resolve("outbox/housing").resolve(entry + ".refused.receipt.json");
    }

    private static Path housingReturn(Path folder, String name, String period, double value) throws IOException {
        return ReturnWorkbook.in(Format.XLSX).sheet("报表").standardTop("区房管局", period, COLUMNS)
                .row(5, "I16", value).write(folder, name);
    }

    private static Path aged(Path file) throws IOException {
        Files.setLastModifiedTime(file, FileTime.from(AN_HOUR_AGO));
        return file;
    }

    private static String sha(Path file) {
        return Fingerprint.sha256(file);
    }

    private static JsonNode json(Path file) {
        return JsonMapper.builder().build().readTree(file.toFile());
    }

    private static CommandLine command(StringWriter out) {
        CommandLine commandLine = new CommandLine(new PlanwatchCommand());
        commandLine.setOut(new PrintWriter(out));
        return commandLine;
    }

    private static int exec(String... command) throws Exception {
        Process process = new ProcessBuilder(command).inheritIO().start();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return process.exitValue();
    }
}
