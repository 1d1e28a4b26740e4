package cn.jingan.planwatch.access;

import cn.jingan.planwatch.catalog.Bureau;
import java.nio.file.Path;

/**
 * One bureau's SFTP account and folders: its chroot shows {@code /inbox} (write) and {@code /outbox} (read),
 * which the data directory's {@code inbox/<code>} and {@code outbox/<code>} link to.
 */
public record BureauAccount(Bureau bureau, String account, Path chroot, Path dataInbox, Path dataOutbox,
                            Path keyFile) {

    /** Linux account names: at most 32 characters, lower case, digits, {@code _} and {@code -}. */
    private static final int MAX_ACCOUNT_NAME = 32;

    /** The account of {@code bureau} under {@code settings}. */
    public static BureauAccount of(Bureau bureau, SftpSettings settings) {
        String account = settings.accountPrefix() + bureau.code();
        if (account.length() > MAX_ACCOUNT_NAME || !account.matches("[a-z_][a-z0-9_-]*")) {
            throw new IllegalArgumentException("not a valid account name: " + account
                    + " (lower case letters, digits, _ and -, at most " + MAX_ACCOUNT_NAME + " characters)");
        }
        return new BureauAccount(bureau, account, settings.sftpRoot().resolve(bureau.code()),
                settings.data().inbox().resolve(bureau.code()), settings.data().outbox().resolve(bureau.code()), settings.keysDir().resolve(account));
    }

    public Path inbox() {
        return chroot.resolve("inbox");
    }

    public Path outbox() {
        return chroot.resolve("outbox");
    }
}
