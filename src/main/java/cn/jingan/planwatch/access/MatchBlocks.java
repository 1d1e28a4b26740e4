package cn.jingan.planwatch.access;

import java.util.List;

/**
 * The {@code sshd_config} Match blocks, one per bureau account: internal-sftp only, chrooted, no shell, no
 * forwarding, key login (a password too if asked). A drop-in for {@code /etc/ssh/sshd_config.d/}: a Match block
 * there ends with its file.
 */
final class MatchBlocks {

    /**
     * Uploads get at most {@code rw-r-----} (the service reads them through the bureau's group). Refused: links
     * (one could lead the pipeline, which does not run chrooted, out of the chroot, or keep a name for a file after
     * it leaves the inbox) and changing a file's mode or times (which would hide it from the service, or back-date
     * its delivery: the time a return arrives is the server's).
     */
    static final String FORCE_COMMAND = "internal-sftp -d /inbox -u 0027 -P symlink,hardlink,setstat,fsetstat,lsetstat";

    private MatchBlocks() {}

    static String render(List<BureauAccount> accounts, SftpSettings settings) {
        StringBuilder text = new StringBuilder()
                .append("# planwatch: one SFTP-only account per bureau, each chrooted to its own inbox/ and outbox/.\n")
                .append("# Written by `planwatch bureaus --sftp-config` from the catalog; write it again after a catalog change.\n")
                .append("# Install as /etc/ssh/sshd_config.d/planwatch-bureaus.conf, then `sshd -t && systemctl reload ssh`.\n");
        for (BureauAccount account : accounts) {
            text.append('\n')
                    .append("# ").append(account.bureau().code()).append(' ').append(account.bureau().nameZh()).append('\n')
                    .append("Match User ").append(account.account()).append('\n')
                    .append("\tChrootDirectory ").append(account.chroot()).append('\n')
                    .append("\tForceCommand ").append(FORCE_COMMAND).append('\n')
                    .append("\tAuthorizedKeysFile ").append(account.keyFile()).append('\n')
                    .append("\tAuthenticationMethods ").append(settings.passwordLogin() ? "publickey password" : "publickey")
                    .append('\n')
                    .append("\tPasswordAuthentication ").append(settings.passwordLogin() ? "yes" : "no").append('\n')
                    .append("\tKbdInteractiveAuthentication no\n")
                    .append("\tDisableForwarding yes\n")
                    .append("\tPermitTunnel no\n")
                    .append("\tPermitTTY no\n")
                    .append("\tPermitUserRC no\n");
        }
        return text.toString();
    }
}
