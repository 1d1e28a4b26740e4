package cn.jingan.planwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jingan.planwatch.normalize.ReturnWorkbook.Format;
import cn.jingan.planwatch.normalize.ReturnWorkbook;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code planwatch validate FILE...} as a clerk or a script runs it: exit 0 when every file is valid, 1 when any
 * is rejected, 2 on a usage error; findings in Chinese at sheet!cell, and never a stack trace.
 */
class ValidateCommandTest {

    private static final String[] COLUMNS = {"指标编码", "指标名称", "本期值", "计量单位"};

    @TempDir
    Path dir;

    @Test
    void exitsZeroForAValidReturnAndSaysHowManyValuesItHolds() throws IOException {
        // given
        Path file = good("housing", "q3");

        // when
        Outcome outcome = validate(file.toString());

        // then
        assertThat(outcome.exit).isZero();
        assertThat(outcome.out).contains("通过 VALID", file.toString(), "2 条数据", "报告期 period 2024-Q3");
        assertThat(outcome.err).isEmpty();
    }

    @Test
    void exitsOneForARejectedReturnListingEachErrorInChineseAtSheetAndCell() throws IOException {
        // given
        Path file = ReturnWorkbook.in(Format.XLS).sheet("报表").standardTop("区房管局", "2024年第3季度", COLUMNS)
                .row(5, "I16", null, "约25", "万平方米")
                .row(6, "I01", null, 3, "家")
                .write(dir.resolve("housing"), "q3-bad");

        // when
        Outcome outcome = validate(file.toString());

        // then
        assertThat(outcome.exit).isEqualTo(1);
        assertThat(outcome.out).contains("退回 REJECTED", "2 处错误");
        assertThat(outcome.out.lines().filter(line -> line.startsWith("  错误")).toList()).satisfiesExactly(
                line -> assertThat(line).contains("报表!C5", "BAD_VALUE", "“约25”不是有效数值"),
                line -> assertThat(line).contains("报表!A6", "NOT_OWNER", "由区商务委填报"));
        assertThat(outcome.noStackTrace()).isTrue();
    }

    @Test
    void exitsOneWhenAnyOfSeveralIsRejectedAndAnswersEach() throws IOException {
        // given
        Path valid = good("housing", "q3");
        Path otherBureau = ReturnWorkbook.in(Format.XLSX).sheet("报表").standardTop("区商务委", "2024年第3季度", COLUMNS)
                .row(5, "I16", null, 25.3, "万平方米").write(dir.resolve("housing"), "q3-commerce");

        // when
        Outcome outcome = validate(valid.toString(), otherBureau.toString());

        // then
        assertThat(outcome.exit).isEqualTo(1);
        assertThat(outcome.out).contains("通过 VALID     " + valid, "退回 REJECTED  " + otherBureau, "报表!B2",
                "WRONG_BUREAU", "填报单位“区商务委”是区商务委，但本表放在区房管局的收件目录中");
    }

    @Test
    void exitsOneForAFileThatIsNoWorkbookWithAVerdictInsteadOfAStackTrace() throws IOException {
        // given
        Path folder = Files.createDirectories(dir.resolve("housing"));
        Path text = Files.writeString(folder.resolve("q3.xlsx"), "指标编码,本期值\nI16,25.3\n");
        Path empty = Files.write(folder.resolve("q4.xlsx"), new byte[0]);

        // when
        Outcome outcome = validate(text.toString(), empty.toString());

        // then
        assertThat(outcome.exit).isEqualTo(1);
        assertThat(outcome.out).contains("NOT_A_SPREADSHEET", "并非 Excel 工作簿", "CORRUPT", "文件内容为空");
        assertThat(outcome.noStackTrace()).isTrue();
    }

    @Test
    void takesTheBureauFromTheOptionWhenTheFolderNamesNone() throws IOException {
        // given
        Path file = good("downloads", "q3");

        // when
        Outcome outcome = validate("--bureau", "housing", file.toString());

        // then
        assertThat(outcome.exit).isZero();
        assertThat(outcome.out).contains("通过 VALID");
    }

    @Test
    void exitsTwoOnUsageErrorsWithoutAStackTrace() throws IOException {
        // given
        Path inStrangeFolder = good("downloads", "q3");
        Path valid = good("housing", "q3");

        // when
        Outcome noFiles = validate();
        Outcome missing = validate(dir.resolve("housing/nowhere.xlsx").toString());
        Outcome unknownBureau = validate("--bureau", "nobody", valid.toString());
        Outcome folderNamesNoBureau = validate(inStrangeFolder.toString());

        // then
        assertThat(noFiles.exit).isEqualTo(2);
        assertThat(noFiles.err).contains("Missing required parameter", "FILE");
        assertThat(missing.exit).isEqualTo(2);
        assertThat(missing.err).contains("no such file: " + dir.resolve("housing/nowhere.xlsx"));
        assertThat(unknownBureau.exit).isEqualTo(2);
        assertThat(unknownBureau.err).contains("unknown bureau: nobody", "housing");
        assertThat(folderNamesNoBureau.exit).isEqualTo(2);
        assertThat(folderNamesNoBureau.err).contains("cannot tell the bureau", "--bureau");
        for (Outcome outcome : new Outcome[] {noFiles, missing, unknownBureau, folderNamesNoBureau}) {
            assertThat(outcome.noStackTrace()).as(outcome.err).isTrue();
            assertThat(outcome.out).doesNotContain("VALID");
        }
    }

    private Path good(String folder, String name) throws IOException {
        return ReturnWorkbook.in(Format.XLSX).sheet("报表").standardTop("区房管局", "2024年第3季度", COLUMNS)
                .row(5, "I16", null, 25.3, "万平方米").row(6, "I17", null, 96.5, "%")
                .write(dir.resolve(folder), name);
    }

    /** Runs the command line exactly as {@code main} does, capturing what it prints. */
    private static Outcome validate(String... args) {
        String[] command = new String[args.length + 1];
        command[0] = "validate";
        System.arraycopy(args, 0, command, 1, args.length);
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
        ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
        int exit;
        try {
            System.setOut(new PrintStream(outBytes, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(errBytes, true, StandardCharsets.UTF_8));
            exit = PlanwatchCommand.execute(command);
        } finally {
            System.out.flush();
            System.err.flush();
            System.setOut(out);
            System.setErr(err);
        }
        return new Outcome(exit, outBytes.toString(StandardCharsets.UTF_8), errBytes.toString(StandardCharsets.UTF_8));
    }

    /** What one command line did. */
    private record Outcome(int exit, String out, String err) {
        boolean noStackTrace() {
            String all = out + err;
            return !all.contains("Exception") && !all.contains("\tat ") && !all.contains("Caused by");
        }
    }
}
