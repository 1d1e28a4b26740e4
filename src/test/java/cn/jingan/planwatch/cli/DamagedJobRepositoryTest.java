package cn.jingan.planwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jingan.planwatch.intake.TestReturns;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** A damaged job repository is named, with the fix, and the fix works. */
class DamagedJobRepositoryTest {

    @TempDir
    Path temp;

    @Test
    void aDamagedJobRepositoryIsNamedWithTheFixAndTheFixWorks() throws Exception {
        // given: a data directory after one run, whose job repository a disk fault overwrote
        Path data = temp.resolve("data");
        TestReturns.deliver(data, 1);
        assertThat(run(data, new StringWriter())).isZero();
        Path repository = data.resolve(".planwatch/jobs.mv.db");
        byte[] garbage = new byte[(int) Files.size(repository)];
        Arrays.fill(garbage, (byte) 0x5a);
        Files.write(repository, garbage);

        // when
        StringWriter err = new StringWriter();
        int damaged = run(data, err);
        Files.move(repository, repository.resolveSibling("jobs.mv.db.damaged"));
        int afterTheFix = run(data, new StringWriter());

        // then
        assertThat(damaged).isEqualTo(1);
        assertThat(err.toString()).contains("the job repository " + repository.toAbsolutePath().normalize(),
                "is damaged", "move it aside", "ops/RUNBOOK.md");
        assertThat(afterTheFix).isZero();
    }

    private static int run(Path data, StringWriter err) {
        CommandLine commandLine = PlanwatchCommand.commandLine();
        commandLine.setOut(new PrintWriter(new StringWriter()));
        commandLine.setErr(new PrintWriter(err, true));
        return commandLine.execute("run", "--data-dir", data.toString());
    }
}
