package cn.jingan.planwatch.access;

import cn.jingan.planwatch.datadir.DataDirectory;
import java.nio.file.Path;

/**
 * Where and as whom the bureaus' SFTP access is set up.
 *
 * @param data          the pipeline's data directory
 * @param sftpRoot      root-owned folder holding one chroot per bureau; on the data directory's file system
 * @param serviceUser   the account the pipeline runs as
 * @param accountPrefix put before a bureau code to name its account
 * @param keysDir       root-owned folder of authorized keys, one file per account
 * @param passwordLogin whether an account may also log in with a password
 */
public record SftpSettings(DataDirectory data, Path sftpRoot, String serviceUser, String accountPrefix, Path keysDir,
                           boolean passwordLogin) {

    public SftpSettings {
        sftpRoot = sftpRoot.toAbsolutePath().normalize();
        keysDir = keysDir.toAbsolutePath().normalize();
    }
}
