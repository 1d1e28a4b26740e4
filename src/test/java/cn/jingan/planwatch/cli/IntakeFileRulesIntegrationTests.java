package cn.jingan.planwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jingan.planwatch.intake.Fingerprint;
import cn.jingan.planwatch.normalize.ReturnWorkbook.Format;
import cn.jingan.planwatch.normalize.ReturnWorkbook;
import cn.jingan.planwatch.warehouse.WarehouseReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The file rules of spec section 2 through the real intake job ({@code run}): files not yet complete stay in
 * the inbox and are counted as waiting, a growing file (modified within the settle time) is left until it has settled, the same bytes again get a
 * duplicate receipt and go to archive, a rejected file's receipt lists every error and none of its rows is loaded, and nothing is ever deleted.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IntakeFileRulesIntegrationTests {

    private static final String[] COLUMNS = {"指标编码", "指标名称", "本期值", "计量单位"};
    private static final Instant NOW = Instant.now();
    private static final String SETTLE_TIME = "planwatch.settle-time";

    Path data;
    Map<String, String> delivered;
    List<String> notYetComplete;
    String firstReport;
    Map<String, String> afterFirstRun;
    String secondReport;
    Map<String, String> afterSecondRun;

    @BeforeAll
    void deliverAndRunTwice(@TempDir Path dir) throws IOException {
        data = dir;
        Path housing = data.resolve("inbox/housing");
        Path good = ReturnWorkbook.in(Format.XLSX).sheet("报表").standardTop("区房管局", "2024年第3季度", COLUMNS)
                .row(5, "I16", null, 25.3, "万平方米").row(6, "I17", null, 96.5, "%").write(housing, "q3");
        age(good, Duration.ofHours(3));
        age(Files.copy(good, housing.resolve("q3-copy.xlsx")), Duration.ofHours(2));
        age(ReturnWorkbook.in(Format.XLS).sheet("报表").standardTop("区房管局", "2024年第2季度", COLUMNS)
                .row(5, "I16", null, "约25", "万平方米")
                .row(6, "I01", null, 3, "家")
                .row(7, "I17", null, 96.5, "公顷")
                .write(housing, "q2-bad"), Duration.ofHours(1));
        notYetComplete = List.of("inbox/housing/~$q3.xlsx", "inbox/housing/.q4.xlsx", "inbox/housing/q4.xlsx.tmp",
                "inbox/housing/q4.xlsx.part", "inbox/housing/q1.xlsx");
        for (String name : notYetComplete.subList(0, 4)) {
            age(Files.write(data.resolve(name), name.getBytes()), Duration.ofHours(1));
        }
        Path growing = ReturnWorkbook.in(Format.XLSX).sheet("报表").standardTop("区房管局", "2024年第1季度", COLUMNS)
                .row(5, "I16", null, 12.5, "万平方米").write(housing, "q1");
        Files.setLastModifiedTime(growing, FileTime.from(Instant.now()));
        delivered = contents(data.resolve("inbox"));

        // a settle time far above the time a run takes to start, so that "just written" holds through the scan
        System.setProperty(SETTLE_TIME, "10m");
        try {
            firstReport = run();
            afterFirstRun = contents(data);

            age(growing, Duration.ofMinutes(11));
            secondReport = run();
            afterSecondRun = contents(data);
        } finally {
            System.clearProperty(SETTLE_TIME);
        }
    }

    @Test
    void leavesFilesNotYetCompleteInTheInboxAndCountsThemAsWaiting() {
        assertThat(firstReport).contains("Files: accepted 1, rejected 1, duplicate 1, ignored 0, waiting 5.");
        for (String name : notYetComplete) {
            assertThat(afterFirstRun).as(name).containsEntry(name, delivered.get(name.substring("inbox/".length())));
        }
        assertThat(afterFirstRun.keySet()).filteredOn(name -> name.startsWith("inbox/"))
                .containsExactlyInAnyOrderElementsOf(notYetComplete);
    }

    @Test
    void takesAGrowingFileOnceItHasSettled() {
        assertThat(secondReport).contains("Files: accepted 1, rejected 0, duplicate 0, ignored 0, waiting 4.");
        assertThat(afterSecondRun).containsEntry("archive/housing/q1.xlsx", delivered.get("housing/q1.xlsx"))
                .doesNotContainKey("inbox/housing/q1.xlsx");
        assertThat(afterSecondRun.keySet()).filteredOn(name -> name.startsWith("inbox/"))
                .containsExactlyInAnyOrderElementsOf(notYetComplete.subList(0, 4));
    }

    @Test
    void answersTheSameBytesAgainWithADuplicateReceiptAndArchivesThem() {
        // then
        String sha = delivered.get("housing/q3.xlsx");
        assertThat(afterFirstRun).containsEntry("archive/housing/q3.xlsx", sha)
                .containsEntry("archive/housing/q3-copy.xlsx", sha);
        JsonNode original = receipt("q3.xlsx", sha);
        JsonNode copy = receipt("q3-copy.xlsx", sha);
        assertThat(original.get("status").asString()).isEqualTo("accepted");
        assertThat(original.get("rows").asInt()).isEqualTo(2);
        assertThat(copy.get("status").asString()).isEqualTo("duplicate");
        assertThat(copy.get("duplicateOf").asString()).isEqualTo("inbox/housing/q3.xlsx");
        assertThat(copy.get("rows").asInt()).isZero();
        assertThat(afterFirstRun).containsKey("outbox/housing/q3-copy.xlsx." + sha.substring(0, 8) + ".receipt.xlsx");
        assertThat(firstReport).contains("Rows loaded: 2");
    }

    @Test
    void quarantinesARejectedFileWithAReceiptListingEveryError() {
        // then
        String sha = delivered.get("housing/q2-bad.xls");
        assertThat(afterFirstRun).containsEntry("quarantine/housing/q2-bad.xls", sha);
        JsonNode receipt = receipt("q2-bad.xls", sha);
        assertThat(receipt.get("status").asString()).isEqualTo("rejected");
        List<String> errors = new ArrayList<>();
        receipt.get("errors").forEach(e -> errors.add(e.get("code").asString() + " " + e.get("sheet").asString() + "!"
                + e.get("cell").asString()));
        assertThat(errors).containsExactly("BAD_VALUE 报表!C5", "NOT_OWNER 报表!A6", "UNKNOWN_UNIT 报表!D7");
        assertThat(afterFirstRun).containsKey("outbox/housing/q2-bad.xls." + sha.substring(0, 8) + ".receipt.xlsx");
    }

    @Test
    void loadsAcceptedFilesWholeAndNothingOfARejectedOne() {
        // the rejected q2-bad.xls held one clean row (I17 of 2024-Q2); it must not reach the warehouse
        try (WarehouseReader reader = WarehouseReader.open(data.resolve("warehouse.duckdb"))) {
            assertThat(reader.query("select indicator_code || ' ' || period_code || ' ' || measure || ' '"
                    + " || value::varchar || ' ' || source_file || ' ' || source_cell as v from fact_observation"
                    + " order by period_code, indicator_code").stream().map(row -> row.get("v").toString()).toList())
                    .containsExactly("I16 2024-Q1 period 12.500000 q1.xlsx C5",
                            "I16 2024-Q3 period 25.300000 q3.xlsx C5",
                            "I17 2024-Q3 period 96.500000 q3.xlsx C6");
        }
    }

    @Test
    void deletesNothingEveryInputEndsInArchiveQuarantineOrStillInTheInbox() {
        // given every delivered file by name and bytes
        for (Map.Entry<String, String> input : delivered.entrySet()) {
            // then it is somewhere, whole
            List<String> places = new ArrayList<>();
            for (String root : List.of("inbox/", "archive/", "quarantine/")) {
                if (input.getValue().equals(afterSecondRun.get(root + input.getKey()))) {
                    places.add(root);
                }
            }
            assertThat(places).as(input.getKey()).hasSize(1);
        }
        assertThat(afterSecondRun.keySet()).filteredOn(name -> name.matches("(archive|quarantine|inbox)/.*"))
                .hasSize(delivered.size());
    }

    private JsonNode receipt(String file, String sha) {
        Path json = data.resolve("outbox/housing").resolve(file + "." + sha.substring(0, 8) + ".receipt.json");
        return JsonMapper.builder().build().readTree(json.toFile());
    }

    private String run() {
        StringWriter out = new StringWriter();
        CommandLine commandLine = new CommandLine(new PlanwatchCommand());
        commandLine.setOut(new PrintWriter(out));
        int exit = commandLine.execute("run", "--data-dir", data.toString());
        assertThat(exit).as(out.toString()).isZero();
        return out.toString();
    }

    private static Path age(Path file, Duration age) throws IOException {
        Files.setLastModifiedTime(file, FileTime.from(NOW.minus(age)));
        return file;
    }

    /** Every file under a folder (relative path with / → SHA-256), leaving out the job repository. */
    private static Map<String, String> contents(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        for (Path file : RunCommandIntegrationTests.filesUnder(root)) {
            String relative = root.relativize(file).toString().replace('\\', '/');
            if (!relative.startsWith(".planwatch/")) {
                files.put(relative, Fingerprint.sha256(file));
            }
        }
        return files;
    }
}
