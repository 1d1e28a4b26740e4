package cn.jingan.planwatch.access;

import cn.jingan.planwatch.cli.PlanwatchCommand;
import java.io.File;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The Unix account the pipeline runs as, made for one test: {@code planwatch} commands run in a JVM of their
 * own under that account (and its groups), from a copy of the class path it can read.
 */
final class ServiceAccount implements AutoCloseable {

    final String name;
    private final Path home;
    private final String classPath;

    private ServiceAccount(String name, Path home, String classPath) {
        this.name = name;
        this.home = home;
        this.classPath = classPath;
    }

    /** Creates the account and a class path it can read under {@code dir}. */
    static ServiceAccount create(String name, Path dir) throws IOException {
        Commands.must(List.of("useradd", "-M", "-U", "-d", dir.resolve("home").toString(), "-s", "/usr/sbin/nologin",
                name));
        Path home = Files.createDirectories(dir.resolve("home"));
        Commands.must(List.of("chown", name + ":" + name, home.toString()));
        return new ServiceAccount(name, home, readableClassPath(dir.resolve("classpath")));
    }

    /** Runs {@code planwatch args...} as this account; the settle time is zero (uploads are complete). */
    Commands.Result planwatch(String... args) {
        List<String> command = new ArrayList<>(List.of("setpriv", "--reuid=" + name, "--regid=" + name,
                "--init-groups", "--", Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Duser.home=" + home, "-Dplanwatch.settle-time=0s", "-cp", classPath,
                PlanwatchCommand.class.getName()));
        command.addAll(List.of(args));
        return Commands.run(command);
    }

    /** Runs a command as {@code user} (no chroot, no sftp): what the account could reach on this machine. */
    static Commands.Result as(String user, String... command) {
        List<String> full = new ArrayList<>(List.of("setpriv", "--reuid=" + user, "--regid=" + user, "--init-groups",
                "--"));
        full.addAll(List.of(command));
        return Commands.run(full);
    }

    private static String readableClassPath(Path dir) throws IOException {
        Files.createDirectories(dir);
        List<String> entries = new ArrayList<>();
        int n = 0;
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path source = Path.of(entry);
            if (source.endsWith("test-classes")) {
                continue;
            }
            Path copy = dir.resolve(n++ + "-" + source.getFileName());
            if (Files.isDirectory(source)) {
                copyTree(source, copy);
            } else if (Files.isRegularFile(source)) {
                linkOrCopy(source, copy);
            } else {
                continue;
            }
            entries.add(copy.toString());
        }
        Commands.must(List.of("chmod", "-R", "a+rX", dir.toString()));
        return String.join(File.pathSeparator, entries);
    }

    private static void copyTree(Path source, Path target) throws IOException {
        try (Stream<Path> paths = Files.walk(source)) {
            for (Path path : paths.toList()) {
                Path to = target.resolve(source.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(path, to, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static void linkOrCopy(Path source, Path target) throws IOException {
        try {
            Files.createLink(target, source);
        } catch (FileAlreadyExistsException e) {
            throw e;
        } catch (IOException | UnsupportedOperationException acrossFileSystems) {
            Files.copy(source, target);
        }
    }

    @Override
    public void close() {
        remove(name);
    }

    /** Removes an account and its group made by a test; what is already gone is no error. */
    static void remove(String account) {
        Commands.run(List.of("userdel", account));
        Commands.run(List.of("groupdel", account));
    }
}
