package cn.jingan.planwatch.access;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A real OpenSSH server on a free loopback port, with its own host key and configuration in a folder: the
 * bureaus' Match blocks first (as Debian's {@code Include /etc/ssh/sshd_config.d/*.conf} puts them), then the
 * global settings, and only the given accounts let in.
 */
final class SshServer implements AutoCloseable {

    static final Path SSHD = Path.of("/usr/sbin/sshd");
    private static final Path PRIVILEGE_SEPARATION = Path.of("/run/sshd");
    private static final long START_TIMEOUT_MILLIS = 15_000;

    private final Process process;
    private final Path config;
    final int port;

    private SshServer(Process process, Path config, int port) {
        this.process = process;
        this.config = config;
        this.port = port;
    }

    static SshServer start(Path dir, Path matchBlocks, List<String> allowedUsers) throws IOException {
        Files.createDirectories(PRIVILEGE_SEPARATION);
        Path hostKey = dir.resolve("host_ed25519");
        Commands.must(List.of("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", hostKey.toString()));
        Path config = Files.writeString(dir.resolve("sshd_config"), String.join("\n",
                "Include " + matchBlocks,
                "ListenAddress 127.0.0.1",
                "HostKey " + hostKey,
                "PidFile " + dir.resolve("sshd.pid"),
                "UsePAM no",
                "StrictModes yes",
                "PasswordAuthentication no",
                "KbdInteractiveAuthentication no",
                "AllowUsers " + String.join(" ", allowedUsers),
                "Subsystem sftp internal-sftp",
                "LogLevel VERBOSE", ""));
        int port = freePort();
        Process process = new ProcessBuilder(SSHD.toString(), "-D", "-e", "-f", config.toString(), "-p",
                String.valueOf(port)).redirectErrorStream(true)
                .redirectOutput(dir.resolve("sshd.log").toFile()).start();
        SshServer server = new SshServer(process, config, port);
        server.awaitListening(dir.resolve("sshd.log"));
        return server;
    }

    /** What sshd would apply to a connection of {@code user}: {@code sshd -T -C}. */
    String effectiveSettings(String user) {
        return Commands.must(List.of(SSHD.toString(), "-T", "-f", config.toString(), "-C",
                "user=" + user + ",host=localhost,addr=127.0.0.1"));
    }

    private void awaitListening(Path log) throws IOException {
        long deadline = System.currentTimeMillis() + START_TIMEOUT_MILLIS;
        while (System.currentTimeMillis() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("sshd exited " + process.exitValue() + ": " + Files.readString(log));
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return;
            } catch (IOException notYet) {
                sleep();
            }
        }
        throw new IllegalStateException("sshd not listening on " + port + ": " + Files.readString(log));
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }
}
