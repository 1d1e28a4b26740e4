package cn.jingan.planwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code planwatch templates} as an operator runs it: the files it writes and where, what --help promises, and
 * exit 2 with a message for a period or bureau it does not know.
 */
class TemplatesCommandTest {

    @TempDir
    Path dir;

    @Test
    void writesEachBureausTemplateIntoItsOutboxByDefaultAndSaysWhere() {
        // when
        Outcome outcome = templates("--period", "2024年9月", "--data-dir", dir.toString());

        // then: only commerce reports monthly
        assertThat(outcome.exit).isZero();
        assertThat(dir.resolve("outbox/commerce/template_2024-M09.xlsx")).isRegularFile();
        assertThat(outcome.out).contains("outbox/commerce/template_2024-M09.xlsx", "1 个模板 templates for 2024-M09");
    }

    @Test
    void writesOneBureausTemplateUnderTheFolderGiven() {
        // when
        Outcome outcome = templates("--period", "2024", "--bureau", "health", "--out", dir.resolve("forms").toString(),
                "--data-dir", dir.resolve("data").toString());

        // then
        assertThat(outcome.exit).isZero();
        assertThat(dir.resolve("forms/health/template_2024.xlsx")).isRegularFile();
        assertThat(dir.resolve("data/outbox")).doesNotExist();
    }

    @Test
    void exitsTwoWithAMessageForAPeriodOrBureauItDoesNotKnow() throws Exception {
        // when
        Outcome badPeriod = templates("--period", "2024年1-9月", "--data-dir", dir.toString());
        Outcome badBureau = templates("--period", "2024", "--bureau", "nobody", "--data-dir", dir.toString());

        // then
        assertThat(badPeriod.exit).isEqualTo(2);
        assertThat(badPeriod.err).contains("not a period: 2024年1-9月");
        assertThat(badBureau.exit).isEqualTo(2);
        assertThat(badBureau.err).contains("unknown bureau: nobody", "housing");
        assertThat(Files.exists(dir.resolve("outbox"))).isFalse();
    }

    @Test
    void helpSaysWhatItWritesAndWhere() {
        // when
        Outcome help = templates("--help");

        // then
        assertThat(help.exit).isZero();
        assertThat(help.out).contains("--period=P", "--bureau=CODE", "--out=DIR", "<out>/<bureau>/template_<period>.xlsx",
                "填报说明", "outbox/");
    }

    private static Outcome templates(String... args) {
        CommandLine commandLine = new CommandLine(new PlanwatchCommand());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        String[] line = new String[args.length + 1];
        line[0] = "templates";
        System.arraycopy(args, 0, line, 1, args.length);
        int exit = commandLine.execute(line);
        return new Outcome(exit, out.toString(), err.toString());
    }

    private record Outcome(int exit, String out, String err) {}
}
