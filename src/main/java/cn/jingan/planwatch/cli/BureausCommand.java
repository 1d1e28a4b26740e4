package cn.jingan.planwatch.cli;

import cn.jingan.planwatch.access.BureauAccount;
import cn.jingan.planwatch.access.SftpConfig;
import cn.jingan.planwatch.access.SftpSettings;
import cn.jingan.planwatch.catalog.Bureau;
import cn.jingan.planwatch.catalog.Catalog;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code bureaus}: the catalog's bureaus with their folders, and their SFTP setup on request. */
@Command(name = "bureaus", description = {"Lists the catalog's bureaus with their folders and SFTP accounts.",
        "With --sftp-config DIR, writes their OpenSSH setup into DIR: the sshd_config Match blocks "
                + "(" + SftpConfig.MATCH_BLOCKS + "), the folder layout (" + SftpConfig.LAYOUT + ") and the "
                + "commands that create the accounts and folders (" + SftpConfig.ACCOUNT_SCRIPT + ", run as root; "
                + "running it again changes nothing). See ops/bureau-access/."})
class BureausCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DataDirOption dataDir;

    @Option(names = "--sftp-config", paramLabel = "DIR", description = "Write the SFTP setup into DIR.")
    Path sftpConfig;

    @Option(names = "--sftp-root", paramLabel = "DIR", defaultValue = "/srv/planwatch-sftp",
            description = "Root-owned folder of the bureaus' chroots, on the data directory's file system "
                    + "(default: ${DEFAULT-VALUE}).")
    Path sftpRoot;

    @Option(names = "--service-user", paramLabel = "USER", defaultValue = "planwatch",
            description = "The account planwatch runs as (default: ${DEFAULT-VALUE}).")
    String serviceUser;

    @Option(names = "--account-prefix", paramLabel = "PREFIX", defaultValue = "pw-",
            description = "Put before a bureau's code to name its account (default: ${DEFAULT-VALUE}).")
    String accountPrefix;

    @Option(names = "--keys-dir", paramLabel = "DIR", defaultValue = "/etc/ssh/planwatch-keys",
            description = "Root-owned folder of authorized keys, one file per account (default: ${DEFAULT-VALUE}).")
    Path keysDir;

    @Option(names = "--bureau", paramLabel = "CODE",
            description = "Only this bureau (repeatable; default: every bureau of the catalog).")
    List<String> only = List.of();

    @Option(names = "--password-login", description = "Let the accounts log in with a password as well as a key.")
    boolean passwordLogin;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        SftpConfig config;
        try {
            config = new SftpConfig(bureaus(Catalog.load()), new SftpSettings(dataDir.directory(), sftpRoot,
                    serviceUser, accountPrefix, keysDir, passwordLogin));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        out.println(String.join("\t", "bureau", "name", "account", "inbox", "outbox", "chroot"));
        for (BureauAccount account : config.accounts()) {
            out.println(String.join("\t", account.bureau().code(), account.bureau().nameZh(), account.account(),
                    account.dataInbox().toString(), account.dataOutbox().toString(), account.chroot().toString()));
        }
        if (sftpConfig != null) {
            for (Path written : config.writeTo(sftpConfig)) {
                out.println("wrote " + written);
            }
        }
        out.flush();
        return 0;
    }

    private List<Bureau> bureaus(Catalog catalog) {
        if (only.isEmpty()) {
            return List.copyOf(catalog.bureaus());
        }
        List<Bureau> chosen = new ArrayList<>();
        for (String code : only) {
            chosen.add(catalog.bureau(code).orElseThrow(() -> new ParameterException(spec.commandLine(),
                    "no bureau " + code + " in the catalog; its bureaus are "
                            + catalog.bureaus().stream().map(Bureau::code).toList())));
        }
        return chosen;
    }
}
