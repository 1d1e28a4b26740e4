package cn.jingan.planwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jingan.planwatch.normalize.ReturnWorkbook.Format;
import cn.jingan.planwatch.normalize.ReturnWorkbook;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A year of monthly returns loaded in one run, as on a first load or after a holiday, gets the same change
 * warnings (the 5× jump, the year-to-date sum) as the same returns sent one run at a time: within a run each
 * bureau's returns are compared, in period order, with the earlier periods of the same run.
 */
class BackfillWarningsIntegrationTests {

    /** 本期值 and 本年累计 of I03 (亿元) for each month of 2024: May jumps 5×, August's year-to-date is off by 1. */
    private static final double[][] MONTHS = {
            {10, 10}, {11, 21}, {12, 33}, {10, 43}, {55, 98}, {12, 110},
            {11, 121}, {10, 132}, {12, 143}, {11, 154}, {2, 156}, {12, 168}};

    @Test
    void aYearOfMonthlyReturnsInOneRunGetsTheWarningsTheyGetOneRunAtATime(@TempDir Path dir) throws IOException {
        // given the same twelve returns, delivered at once (latest month received first) and month by month
        Path atOnce = dir.resolve("at-once");
        Path oneByOne = dir.resolve("one-by-one");
        List<Path> months = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            months.add(monthlyReturn(dir.resolve("returns"), month));
        }
        for (int month = 12; month >= 1; month--) {
            deliver(months.get(month - 1), atOnce, Instant.parse("2025-01-20T02:00:00Z").minusSeconds(month * 60L));
        }

        // when
        run(atOnce);
        for (int month = 1; month <= 12; month++) {
            deliver(months.get(month - 1), oneByOne, Instant.parse("2024-01-05T02:00:00Z").plusSeconds(month * 2_700_000L));
            run(oneByOne);
        }

        // then
        Map<String, List<String>> expected = warnings(oneByOne);
        assertThat(expected).hasSize(12);
        assertThat(expected.get("commerce_2024-05.xlsx")).anyMatch(w -> w.startsWith("VALUE_JUMP B5"));
        assertThat(expected.get("commerce_2024-08.xlsx")).anyMatch(w -> w.startsWith("YTD_MISMATCH C5"));
        assertThat(expected.get("commerce_2024-11.xlsx")).anyMatch(w -> w.startsWith("VALUE_JUMP B5"));
        assertThat(warnings(atOnce)).isEqualTo(expected);
    }

    private static Path monthlyReturn(Path folder, int month) throws IOException {
        return ReturnWorkbook.in(Format.XLSX).sheet("月报")
                .standardTop("区商务委", "2024年" + month + "月", "指标编码", "本期值", "本年累计")
                .row(5, "I03", MONTHS[month - 1][0], MONTHS[month - 1][1])
                .write(folder, "commerce_2024-%02d".formatted(month));
    }

    private static void deliver(Path file, Path data, Instant receivedAt) throws IOException {
        Path target = Files.createDirectories(data.resolve("inbox/commerce")).resolve(file.getFileName());
        Files.copy(file, target);
        Files.setLastModifiedTime(target, FileTime.from(receivedAt));
    }

    private static void run(Path data) {
        StringWriter out = new StringWriter();
        CommandLine command = new CommandLine(new PlanwatchCommand());
        command.setOut(new PrintWriter(out));
        assertThat(command.execute("run", "--data-dir", data.toString())).as(out.toString()).isZero();
    }

    /** Each return's warnings (code, cell, message), by file name, from its receipt. */
    private static Map<String, List<String>> warnings(Path data) throws IOException {
        Map<String, List<String>> byFile = new TreeMap<>();
        try (Stream<Path> receipts = Files.list(data.resolve("outbox/commerce"))) {
            for (Path receipt : receipts.filter(p -> p.toString().endsWith(".receipt.json")).toList()) {
                JsonNode json = JsonMapper.builder().build().readTree(receipt.toFile());
                assertThat(json.path("status").asString()).isEqualTo("accepted");
                List<String> warnings = new ArrayList<>();
                json.path("warnings").forEach(w -> warnings.add(w.path("code").asString() + " "
                        + w.path("cell").asString() + " " + w.path("messageZh").asString()));
                byFile.put(json.path("file").asString(), warnings);
            }
        }
        return byFile;
    }
}
