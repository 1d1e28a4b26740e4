package cn.jingan.planwatch.access;

import cn.jingan.planwatch.catalog.Bureau;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Collection;
import java.util.List;

/**
 * Writes the SFTP setup for bureaus of the catalog into a folder: {@code sshd_config.d/planwatch-bureaus.conf}
 * (the Match blocks), {@code layout.tsv} (the folders, owners and modes) and {@code create-accounts.sh} (the
 * commands that create them).
 */
public final class SftpConfig {

    public static final String MATCH_BLOCKS = "sshd_config.d/planwatch-bureaus.conf";
    public static final String LAYOUT = "layout.tsv";
    public static final String ACCOUNT_SCRIPT = "create-accounts.sh";

    private final List<BureauAccount> accounts;
    private final SftpSettings settings;

    public SftpConfig(Collection<Bureau> bureaus, SftpSettings settings) {
        this.accounts = bureaus.stream().map(bureau -> BureauAccount.of(bureau, settings)).toList();
        this.settings = settings;
    }

    public List<BureauAccount> accounts() {
        return accounts;
    }

    /** @return the files written, in the order above */
    public List<Path> writeTo(Path dir) throws IOException {
        Path blocks = write(dir.resolve(MATCH_BLOCKS), MatchBlocks.render(accounts, settings));
        Path layout = write(dir.resolve(LAYOUT), FolderLayout.render(accounts, settings));
        Path script = write(dir.resolve(ACCOUNT_SCRIPT), AccountScript.render(accounts, settings));
        if (Files.getFileStore(script).supportsFileAttributeView("posix")) {
            Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        return List.of(blocks, layout, script);
    }

    private static Path write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
