package cn.jingan.planwatch.access;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A bureau's side of the connection: the OpenSSH {@code sftp} and {@code ssh} clients with one key. */
final class SftpClient {

    private final String user;
    private final Path key;
    private final int port;

    SftpClient(String user, Path key, int port) {
        this.user = user;
        this.key = key;
        this.port = port;
    }

    /** Runs sftp commands in batch mode; the batch stops at the first that fails (exit code 1). */
    Commands.Result sftp(String... commands) {
        List<String> command = new ArrayList<>(List.of("sftp", "-b", "-", "-P", String.valueOf(port)));
        command.addAll(options());
        command.add(user + "@127.0.0.1");
        return Commands.run(command, String.join("\n", commands) + "\n");
    }

    /** Asks for a session running {@code remoteCommand} (what a shell login would do), or other ssh options. */
    Commands.Result ssh(List<String> sshOptions, String... remoteCommand) {
        List<String> command = new ArrayList<>(List.of("ssh", "-p", String.valueOf(port)));
        command.addAll(options());
        command.addAll(sshOptions);
        command.add(user + "@127.0.0.1");
        command.addAll(List.of(remoteCommand));
        return Commands.run(command);
    }

    private List<String> options() {
        return List.of("-i", key.toString(), "-o", "StrictHostKeyChecking=no", "-o", "UserKnownHostsFile=/dev/null",
                "-o", "BatchMode=yes", "-o", "IdentitiesOnly=yes", "-o", "LogLevel=ERROR", "-o", "ConnectTimeout=10");
    }
}
