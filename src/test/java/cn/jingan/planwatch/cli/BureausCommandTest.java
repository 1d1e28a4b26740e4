package cn.jingan.planwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jingan.planwatch.catalog.Catalog;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code planwatch bureaus}: the catalog's bureaus with their folders, and their SFTP setup. */
class BureausCommandTest {

    private static final Catalog CATALOG = Catalog.load();

    @TempDir
    Path dir;

    @Test
    void listsEveryBureauOfTheCatalogWithItsFolders() {
        // when
        List<String> lines = bureaus("--data-dir", dir.resolve("data").toString()).lines().toList();

        // then
        assertThat(lines.get(0)).isEqualTo("bureau\tname\taccount\tinbox\toutbox\tchroot");
        assertThat(lines).hasSize(CATALOG.bureaus().size() + 1);
        assertThat(lines).contains(String.join("\t", "finance", "区金融办", "pw-finance",
                dir.resolve("data/inbox/finance").toString(), dir.resolve("data/outbox/finance").toString(),
                "/srv/planwatch-sftp/finance"));
    }

    @Test
    void writesOneMatchBlockPerBureauWithItsChrootAndKeyLoginOnly() throws IOException {
        // when
        bureaus("--data-dir", dir.resolve("data").toString(), "--sftp-config", dir.resolve("setup").toString());

        // then
        String blocks = Files.readString(dir.resolve("setup/sshd_config.d/planwatch-bureaus.conf"));
        assertThat(blocks.lines().filter(line -> line.startsWith("Match User "))).hasSize(CATALOG.bureaus().size());
        assertThat(blocks).contains("Match User pw-finance\n\tChrootDirectory /srv/planwatch-sftp/finance\n"
                + "\tForceCommand internal-sftp -d /inbox -u 0027")
                .contains("\tAuthorizedKeysFile /etc/ssh/planwatch-keys/pw-finance\n")
                .contains("\tAuthenticationMethods publickey\n\tPasswordAuthentication no\n")
                .contains("\tDisableForwarding yes\n").contains("\tPermitTTY no\n");
    }

    @Test
    void passwordLoginIsOnlyOnRequest() throws IOException {
        // when
        bureaus("--sftp-config", dir.toString(), "--password-login", "--bureau", "drc");

        // then
        String blocks = Files.readString(dir.resolve("sshd_config.d/planwatch-bureaus.conf"));
        assertThat(blocks).contains("\tAuthenticationMethods publickey password\n\tPasswordAuthentication yes\n")
                .contains("Match User pw-drc").doesNotContain("Match User pw-finance");
    }

    @Test
    void writesTheLayoutAndAnAccountScriptTheShellAccepts() throws IOException {
        // when
        bureaus("--data-dir", "/srv/planwatch", "--sftp-config", dir.toString(), "--service-user", "svc",
                "--account-prefix", "sftp_");

        // then
        assertThat(Files.readString(dir.resolve("layout.tsv"))).startsWith("path\towner\tgroup\tmode\tbureau\n")
                .contains("/srv/planwatch-sftp/housing/inbox\tsvc\tsftp_housing\t2770\t")
                .contains("/srv/planwatch-sftp/housing/outbox\tsvc\tsftp_housing\t2750\t")
                .contains("/srv/planwatch/archive/housing\tsvc\tsvc\t0750\t-");
        Path script = dir.resolve("create-accounts.sh");
        assertThat(Files.isExecutable(script)).isTrue();
        assertThat(Files.readString(script)).contains("SERVICE='svc'").contains("bureau 'housing' 'sftp_housing'\n");
        assertThat(exitOf("sh", "-n", script.toString())).isZero();
    }

    @Test
    void anUnknownBureauIsAUsageError() {
        // when
        int exit = new CommandLine(new PlanwatchCommand()).setErr(new PrintWriter(new StringWriter()))
                .execute("bureaus", "--bureau", "nope");

        // then
        assertThat(exit).isEqualTo(2);
    }

    @Test
    void anAccountNameLinuxWouldRefuseIsAUsageError() {
        // when
        StringWriter err = new StringWriter();
        int exit = new CommandLine(new PlanwatchCommand()).setErr(new PrintWriter(err))
                .execute("bureaus", "--account-prefix", "Bureau ");

        // then
        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("not a valid account name: Bureau commerce");
    }

    private static String bureaus(String... options) {
        StringWriter out = new StringWriter();
        CommandLine commandLine = new CommandLine(new PlanwatchCommand()).setOut(new PrintWriter(out));
        String[] args = new String[options.length + 1];
        args[0] = "bureaus";
        System.arraycopy(options, 0, args, 1, options.length);
        assertThat(commandLine.execute(args)).isZero();
        return out.toString();
    }

    private static int exitOf(String... command) {
        try {
            return new ProcessBuilder(command).inheritIO().start().waitFor();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}
