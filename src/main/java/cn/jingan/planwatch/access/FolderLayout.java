package cn.jingan.planwatch.access;

import java.nio.file.Path;
import java.util.List;

/** The folder layout, as a tab-separated table: path, owner, group, mode, and what the bureau may do there. */
final class FolderLayout {

    static final String HEADER = "path\towner\tgroup\tmode\tbureau";

    private FolderLayout() {}

    static String render(List<BureauAccount> accounts, SftpSettings settings) {
        String service = settings.serviceUser();
        StringBuilder text = new StringBuilder(HEADER).append('\n')
                .append(row(settings.sftpRoot().toString(), "root", "root", "0755", "-"));
        for (BureauAccount account : accounts) {
            String group = account.account();
            text.append(row(account.chroot().toString(), "root", "root", "0755", "sees / (its chroot): inbox, outbox"))
                    .append(row(account.inbox().toString(), service, group, "2770", "uploads, renames, deletes its own"))
                    .append(row(account.outbox().toString(), service, group, "2750", "reads receipts and reminders"))
                    .append(row(account.dataInbox() + " -> " + account.inbox(), service, service, "link", "-"))
                    .append(row(account.dataOutbox() + " -> " + account.outbox(), service, service, "link", "-"))
                    .append(row(account.keyFile().toString(), "root", "root", "0644", "its public keys"));
            for (Path own : List.of(settings.data().archive(), settings.data().quarantine())) {
                text.append(row(own.resolve(account.bureau().code()).toString(), service, service, "0750", "-"));
            }
        }
        return text.toString();
    }

    private static String row(String path, String owner, String group, String mode, String bureau) {
        return String.join("\t", path, owner, group, mode, bureau) + "\n";
    }
}
