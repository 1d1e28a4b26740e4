package cn.jingan.planwatch.access;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jingan.planwatch.cli.PlanwatchCommand;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The SFTP setup of {@code planwatch bureaus --sftp-config}, for real: its account script run as root, a real
 * {@code sshd} with its Match blocks, two bureaus uploading with the OpenSSH client, and the pipeline running as
 * its own service account. Every access is tried from the bureau's side.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BureauSftpAccessIntegrationTests {

    private static final Path SAMPLES = Path.of("sample-inputs");
    private static final String A = "finance";
    private static final String B = "market";
    private static final String EARLIER_RECEIPT = "earlier.xlsx.0123abcd.receipt.json";

    private final String id = HexFormat.of().formatHex(randomBytes());
    private final String prefix = "pw" + id + "-";
    private final String accountA = prefix + A;
    private final String accountB = prefix + B;

    private Path root;
    private Path data;
    private Path sftpRoot;
    private Path setup;
    private Path keys;
    private Path local;
    private ServiceAccount service;
    private SshServer server;
    private SftpClient clientA;
    private SftpClient clientB;

    @BeforeAll
    void setUpAccountsAndServer() throws IOException {
        assertThat(Files.isExecutable(SshServer.SSHD)).as("openssh-server installed (.ci/run installs it)").isTrue();
        assertThat(Commands.must(List.of("id", "-u")).trim()).as("accounts are made as root").isEqualTo("0");
        // a root-owned folder outside /tmp: sshd refuses a chroot below a group- or world-writable folder
        root = Files.createDirectories(Path.of("/srv", "planwatch-sftp-test-" + id));
        Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwxr-xr-x"));
        data = root.resolve("data");
        sftpRoot = root.resolve("sftp");
        setup = root.resolve("setup");
        keys = root.resolve("keys");
        local = Files.createDirectories(root.resolve("client"));
        Files.setPosixFilePermissions(local, PosixFilePermissions.fromString("rwx------"));
        service = ServiceAccount.create("pw" + id + "svc", root);
        // a data directory in use: A's outbox already holds a receipt
        Files.writeString(Files.createDirectories(data.resolve("outbox").resolve(A)).resolve(EARLIER_RECEIPT), "{}");
        Commands.must(List.of("chown", "-R", service.name + ":" + service.name, data.toString()));

        assertThat(PlanwatchCommand.execute("bureaus", "--data-dir", data.toString(), "--sftp-config",
                setup.toString(), "--sftp-root", sftpRoot.toString(), "--keys-dir", keys.toString(),
                "--service-user", service.name, "--account-prefix", prefix, "--bureau", A, "--bureau", B)).isZero();
        Path script = setup.resolve(SftpConfig.ACCOUNT_SCRIPT);
        Commands.must(List.of("sh", script.toString()));
        Commands.must(List.of("sh", script.toString()));

        server = SshServer.start(Files.createDirectories(root.resolve("sshd")), setup.resolve(SftpConfig.MATCH_BLOCKS),
                List.of(accountA, accountB));
        clientA = new SftpClient(accountA, key(accountA), server.port);
        clientB = new SftpClient(accountB, key(accountB), server.port);
    }

    @AfterAll
    void removeAccountsAndServer() throws Exception {
        if (server != null) {
            server.close();
        }
        for (String account : List.of(accountA, accountB)) {
            ServiceAccount.remove(account);
        }
        if (service != null) {
            service.close();
        }
        if (root != null) {
            Commands.run(List.of("rm", "-rf", "--one-file-system", root.toString()));
        }
    }

    @Test
    @Order(1)
    void aBureauUploadsAReturnAndDownloadsItsReceipt() throws IOException {
        // given: one return complete, one still "uploading" under the names clients use meanwhile
        Path q1 = SAMPLES.resolve(A).resolve("finance_2024-Q1.xlsx").toAbsolutePath();
        assertThat(clientA.sftp("put " + SAMPLES.resolve(A).resolve("finance_2024-Q2.xlsx").toAbsolutePath()
                        + " finance_2024-Q2.xlsx", "put " + q1 + " /inbox/finance_2024-Q1.xlsx.part",
                "put " + q1 + " /inbox/finance_2024-Q1.xlsx.filepart").succeeded()).isTrue();
        assertThat(clientB.sftp("put " + SAMPLES.resolve(B).resolve("market_2024-Q2.xlsx").toAbsolutePath()
                + " /inbox/market_2024-Q2.xlsx").succeeded()).isTrue();

        // when
        Commands.Result run = service.planwatch("run", "--data-dir", data.toString());

        // then
        assertThat(run.exit()).as(run.output()).isZero();
        String listing = clientA.sftp("ls -l /outbox").output();
        assertThat(listing).contains("finance_2024-Q2.xlsx.").contains(".receipt.xlsx").contains(".receipt.json")
                .contains("-rw-r-----");
        Path downloaded = local.resolve("receipt.json");
        assertThat(clientA.sftp("get /outbox/" + receiptOf(listing, "finance_2024-Q2.xlsx", "json") + " "
                + downloaded).succeeded()).isTrue();
        assertThat(Files.readString(downloaded, StandardCharsets.UTF_8))
                .containsPattern("\"status\"\\s*:\\s*\"accepted\"");
        assertThat(clientA.sftp("ls /inbox").output()).doesNotContain("finance_2024-Q2.xlsx");
    }

    @Test
    @Order(2)
    void aReturnUploadedUnderAPartialNameIsTakenOnlyOnceRenamed() {
        // given: the run above left it alone
        assertThat(clientA.sftp("ls /inbox").output()).contains("finance_2024-Q1.xlsx.part")
                .contains("finance_2024-Q1.xlsx.filepart");
        assertThat(clientA.sftp("ls /outbox").output()).doesNotContain("finance_2024-Q1");

        // when
        assertThat(clientA.sftp("rename /inbox/finance_2024-Q1.xlsx.part /inbox/finance_2024-Q1.xlsx",
                "rm /inbox/finance_2024-Q1.xlsx.filepart").succeeded()).isTrue();
        assertThat(service.planwatch("run", "--data-dir", data.toString()).exit()).isZero();

        // then
        assertThat(clientA.sftp("ls /outbox").output()).contains("finance_2024-Q1.xlsx.");
        assertThat(clientA.sftp("ls /inbox").output()).doesNotContain("finance_2024-Q1");
    }

    @Test
    @Order(3)
    void whatABureausFolderHeldBeforeTheSetupIsInItsChroot() {
        // when
        Commands.Result listing = clientA.sftp("ls -l /outbox/" + EARLIER_RECEIPT);

        // then
        assertThat(listing.succeeded()).as(listing.output()).isTrue();
        assertThat(listing.output()).contains("-rw-r-----");
        assertThat(Files.isSymbolicLink(data.resolve("outbox").resolve(A))).isTrue();
    }

    @Test
    @Order(3)
    void aBureauSeesOnlyItsOwnInboxAndOutbox() {
        // when
        Commands.Result top = clientA.sftp("ls -1 /");

        // then
        assertThat(top.succeeded()).isTrue();
        assertThat(top.output().lines().filter(line -> !line.startsWith("sftp>")).map(String::strip).toList())
                .containsExactlyInAnyOrder("/inbox", "/outbox");
    }

    @Test
    @Order(4)
    void aBureauCannotListReadOrWriteAnotherBureausFolders() {
        // given: B can reach its own receipt, so the paths below exist
        String listingB = clientB.sftp("ls -1 /outbox").output();
        String receiptB = receiptOf(listingB, "market_2024-Q2.xlsx", "json");
        Path upload = SAMPLES.resolve(A).resolve("finance_2024-Q2.xlsx").toAbsolutePath();
        Path anywhere = local.resolve("stolen.json");

        // when, then: B's folders as seen from A's chroot, as they are on the server, and as the pipeline names them
        for (String inbox : List.of("/../" + B + "/inbox", sftpRoot.resolve(B).resolve("inbox").toString(),
                data.resolve("inbox").resolve(B).toString())) {
            assertThat(clientA.sftp("ls " + inbox).succeeded()).as("list " + inbox).isFalse();
            assertThat(clientA.sftp("put " + upload + " " + inbox + "/forged.xlsx").succeeded())
                    .as("write into " + inbox).isFalse();
        }
        for (String outbox : List.of("/../" + B + "/outbox", sftpRoot.resolve(B).resolve("outbox").toString(),
                data.resolve("outbox").resolve(B).toString())) {
            assertThat(clientA.sftp("ls " + outbox).succeeded()).as("list " + outbox).isFalse();
            assertThat(clientA.sftp("get " + outbox + "/" + receiptB + " " + anywhere).succeeded())
                    .as("read " + outbox + "/" + receiptB).isFalse();
            assertThat(clientA.sftp("put " + upload + " " + outbox + "/forged.json").succeeded())
                    .as("write into " + outbox).isFalse();
        }
        assertThat(Files.exists(anywhere)).isFalse();
        assertThat(clientB.sftp("ls /inbox", "ls /outbox").output()).doesNotContain("forged");
    }

    @Test
    @Order(5)
    void aBureauCannotSeeTheArchiveQuarantineLakeOrWarehouse() {
        for (String place : List.of("archive", "quarantine", "lake", "warehouse.duckdb", ".planwatch")) {
            for (String path : List.of("/" + place, "/../" + place, data.resolve(place).toString())) {
                // when
                Commands.Result listing = clientA.sftp("ls " + path);

                // then
                assertThat(listing.succeeded()).as("list " + path).isFalse();
            }
        }
        assertThat(Files.exists(data.resolve("warehouse.duckdb"))).isTrue();
        assertThat(Files.exists(data.resolve("archive").resolve(A))).isTrue();
    }

    @Test
    @Order(6)
    void aBureauCannotWriteItsOutboxNorLinkNorChangeModes() {
        Path upload = SAMPLES.resolve(A).resolve("finance_2024-Q2.xlsx").toAbsolutePath();
        assertThat(clientA.sftp("put " + upload + " /outbox/forged.receipt.json").succeeded()).isFalse();
        assertThat(clientA.sftp("put " + upload + " /inbox/.keep.xlsx").succeeded()).isTrue();
        assertThat(clientA.sftp("symlink /inbox/.keep.xlsx /inbox/link.xlsx").succeeded()).isFalse();
        assertThat(clientA.sftp("ln /inbox/.keep.xlsx /inbox/hard.xlsx").succeeded()).isFalse();
        assertThat(clientA.sftp("chmod 600 /inbox/.keep.xlsx").succeeded()).isFalse();
        assertThat(clientA.sftp("ls -l /inbox/.keep.xlsx").output()).contains("-rw-r-----");
    }

    @Test
    @Order(6)
    void aBureauCannotBackDateAnUpload() throws IOException {
        // given
        Path old = Files.copy(SAMPLES.resolve(A).resolve("finance_2024-Q2.xlsx"), local.resolve("old.xlsx"));
        Files.setLastModifiedTime(old, FileTime.from(Instant.parse("2001-02-03T04:05:06Z")));

        // when: put -p asks the server to keep the local modification time
        clientA.sftp("put -p " + old + " /inbox/.old.xlsx");

        // then
        assertThat(clientA.sftp("ls -l /inbox/.old.xlsx").output()).contains(".old.xlsx").doesNotContain("2001");
    }

    @Test
    @Order(6)
    void anUploadKeepsTheClientsModeWithoutItsOtherBits() throws IOException {
        // given
        Path privateCopy = Files.copy(SAMPLES.resolve(A).resolve("finance_2024-Q2.xlsx"), local.resolve("private.xlsx"));
        Files.setPosixFilePermissions(privateCopy, PosixFilePermissions.fromString("rw-------"));
        Path openCopy = Files.copy(privateCopy, local.resolve("open.xlsx"));
        Files.setPosixFilePermissions(openCopy, PosixFilePermissions.fromString("rw-rw-rw-"));

        // when
        assertThat(clientA.sftp("put " + privateCopy + " /inbox/.private.xlsx", "put " + openCopy
                + " /inbox/.open.xlsx").succeeded()).isTrue();

        // then
        assertThat(clientA.sftp("ls -l /inbox/.private.xlsx").output()).contains("-rw-------");
        assertThat(clientA.sftp("ls -l /inbox/.open.xlsx").output()).contains("-rw-r-----");
    }

    @Test
    @Order(7)
    void aBureauGetsNoShellAndNoForwarding() {
        // when
        Commands.Result command = clientA.ssh(List.of(), "id");
        Commands.Result shell = clientA.ssh(List.of("-tt"));
        Commands.Result forward = clientA.ssh(List.of("-N", "-o", "ExitOnForwardFailure=yes", "-R",
                "0:127.0.0.1:" + server.port));

        // then
        assertThat(command.exit()).isNotZero();
        assertThat(command.output()).doesNotContain("uid=").contains("This service allows sftp connections only.");
        assertThat(shell.exit()).isNotZero();
        assertThat(shell.output()).doesNotContain("uid=").doesNotContain("$ ");
        assertThat(forward.exit()).isNotZero();
        assertThat(forward.output()).containsIgnoringCase("forwarding failed");
    }

    @Test
    @Order(8)
    void filesMovedOutOfTheInboxAreTheServicesAloneAndOutOfTheBureausReach() throws IOException {
        // given
        Path archived = data.resolve("archive").resolve(A).resolve("finance_2024-Q2.xlsx");

        // when
        Commands.Result read = ServiceAccount.as(accountA, "cat", archived.toString());

        // then
        assertThat(Files.getOwner(archived).getName()).isEqualTo(service.name);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(archived))).isEqualTo("rw-------");
        assertThat(read.succeeded()).isFalse();
        assertThat(read.output()).contains("Permission denied");
    }

    @Test
    @Order(9)
    void sshdReportsEachAccountsChrootAndForcedSftp() {
        // when
        String settings = server.effectiveSettings(accountA);

        // then
        assertThat(settings).contains("chrootdirectory " + sftpRoot.resolve(A))
                .contains("forcecommand " + MatchBlocks.FORCE_COMMAND).contains("permittty no");
    }

    @Test
    @Order(10)
    void aRotatedKeyLetsInTheNewKeyOnly() throws IOException {
        // given
        Path oldKey = local.resolve(accountA);
        Path newKey = local.resolve(accountA + "-new");
        Commands.must(List.of("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", newKey.toString()));

        // when
        Files.copy(Path.of(newKey + ".pub"), keys.resolve(accountA), StandardCopyOption.REPLACE_EXISTING);

        // then
        assertThat(new SftpClient(accountA, newKey, server.port).sftp("ls /outbox").succeeded()).isTrue();
        assertThat(new SftpClient(accountA, oldKey, server.port).sftp("ls /outbox").succeeded()).isFalse();
    }

    @Test
    @Order(11)
    void aRetiredBureauCannotLogIn() {
        // given
        assertThat(clientB.sftp("ls /outbox").succeeded()).isTrue();

        // when
        Commands.must(List.of("usermod", "--expiredate", "1", accountB));

        // then
        assertThat(clientB.sftp("ls /outbox").succeeded()).isFalse();
    }

    /** A fresh key pair for {@code account}, its public half installed as the account's key file. */
    private Path key(String account) throws IOException {
        Path key = local.resolve(account);
        if (!Files.exists(key)) {
            Commands.must(List.of("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", key.toString()));
            Files.copy(Path.of(key + ".pub"), keys.resolve(account), StandardCopyOption.REPLACE_EXISTING);
        }
        return key;
    }

    private static String receiptOf(String listing, String file, String extension) {
        try (Stream<String> words = Arrays.stream(listing.split("\\s+"))) {
            return words.map(word -> word.substring(word.lastIndexOf('/') + 1))
                    .filter(name -> name.startsWith(file + ".") && name.endsWith(".receipt." + extension))
                    .findFirst().orElseThrow(() -> new AssertionError("no receipt for " + file + " in " + listing));
        }
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[3];
        ThreadLocalRandom.current().nextBytes(bytes);
        return bytes;
    }
}
