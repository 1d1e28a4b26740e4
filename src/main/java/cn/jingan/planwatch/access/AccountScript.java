package cn.jingan.planwatch.access;

import java.util.List;

/**
 * The shell commands (run as root) that create what the accounts need and is still missing: each bureau's group
 * and SFTP-only account, its chroot with {@code inbox/} and {@code outbox/}, the data directory's links to them
 * (moving in what the old folders held) and an empty key file. Running it again changes nothing.
 */
final class AccountScript {

    private AccountScript() {}

    static String render(List<BureauAccount> accounts, SftpSettings settings) {
        StringBuilder text = new StringBuilder()
                .append("#!/bin/sh\n")
                .append("# planwatch: the bureaus' SFTP accounts and folders. Run as root; running it again changes nothing.\n")
                .append("# Written by `planwatch bureaus --sftp-config` from the catalog.\n")
                .append("set -eu\n")
                .append("DATA=").append(quote(settings.data().root().toString())).append('\n')
                .append("SFTP_ROOT=").append(quote(settings.sftpRoot().toString())).append('\n')
                .append("KEYS=").append(quote(settings.keysDir().toString())).append('\n')
                .append("SERVICE=").append(quote(settings.serviceUser())).append('\n')
                .append(FUNCTIONS);
        for (BureauAccount account : accounts) {
            text.append("bureau ").append(quote(account.bureau().code())).append(' ')
                    .append(quote(account.account())).append('\n');
        }
        return text.toString();
    }

    private static final String FUNCTIONS = """

            id -u "$SERVICE" >/dev/null
            [ "$(stat -c %d "$DATA")" = "$(stat -c %d "$(dirname "$SFTP_ROOT")")" ] || {
              echo "$SFTP_ROOT must be on the file system of $DATA: returns are renamed from one to the other" >&2
              exit 1
            }
            install -d -o root -g root -m 0755 "$SFTP_ROOT" "$KEYS"
            install -d -o "$SERVICE" "$DATA/inbox" "$DATA/outbox" "$DATA/archive" "$DATA/quarantine"

            # link PATH FOLDER: make PATH (in the data directory) a link to FOLDER (in a chroot), moving in what PATH held.
            link() {
              if [ -d "$1" ] && [ ! -L "$1" ]; then
                find "$1" -mindepth 1 -maxdepth 1 -exec mv -n -t "$2" {} +
                rmdir "$1"
              fi
              ln -sfn "$2" "$1"
              chown -h "$SERVICE" "$1"
            }

            # bureau CODE ACCOUNT
            bureau() {
              getent group "$2" >/dev/null || groupadd "$2"
              id -u "$2" >/dev/null 2>&1 || useradd -M -d / -s /usr/sbin/nologin -g "$2" -p '*' -c "planwatch bureau $1 (SFTP only)" "$2"
              usermod -a -G "$2" "$SERVICE"
              install -d -o root -g root -m 0755 "$SFTP_ROOT/$1"
              install -d -o "$SERVICE" -g "$2" -m 2770 "$SFTP_ROOT/$1/inbox"
              install -d -o "$SERVICE" -g "$2" -m 2750 "$SFTP_ROOT/$1/outbox"
              link "$DATA/inbox/$1" "$SFTP_ROOT/$1/inbox"
              link "$DATA/outbox/$1" "$SFTP_ROOT/$1/outbox"
              find "$SFTP_ROOT/$1/outbox" -mindepth 1 -type f ! -group "$2" -exec chgrp "$2" {} + -exec chmod 0640 {} +
              for own in "$DATA/archive/$1" "$DATA/quarantine/$1"; do
                install -d -o "$SERVICE" -m 0750 "$own"
              done
              [ -e "$KEYS/$2" ] || install -o root -g root -m 0644 /dev/null "$KEYS/$2"
            }

            """;

    /** A word for the shell, single-quoted. */
    static String quote(String word) {
        return "'" + word.replace("'", "'\\''") + "'";
    }
}
