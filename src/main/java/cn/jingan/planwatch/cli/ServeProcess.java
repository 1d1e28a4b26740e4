package cn.jingan.planwatch.cli;

import cn.jingan.planwatch.datadir.DataDirectory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The {@code serve} process of a data directory, in {@code .planwatch/serve.pid}: its pid and start time, written
 * by {@code serve} when it starts and removed when it stops. A reader believes it only while a process with that
 * pid and that start time is alive, so a stale file (after a kill -9) or a reused pid is not taken for a server.
 *
 * @param pid   the process id
 * @param since when the process started
 */
record ServeProcess(long pid, Instant since) {

    static Path file(DataDirectory data) {
        return data.state().resolve("serve.pid");
    }

    /** Records this process as the data directory's server. */
    static ServeProcess writeCurrent(DataDirectory data) {
        ProcessHandle self = ProcessHandle.current();
        ServeProcess serve = new ServeProcess(self.pid(), self.info().startInstant().orElseGet(Instant::now));
        Path file = file(data);
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            Files.writeString(temp, serve.pid() + System.lineSeparator() + serve.since() + System.lineSeparator(),
                    StandardCharsets.UTF_8);
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
        return serve;
    }

    /** Removes the record if it is still this process's. */
    void remove(DataDirectory data) {
        if (read(data).filter(this::equals).isPresent()) {
            try {
                Files.deleteIfExists(file(data));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot remove " + file(data), e);
            }
        }
    }

    /** The server recorded for {@code data}, if that process is alive. */
    static Optional<ServeProcess> alive(DataDirectory data) {
        return read(data).filter(ServeProcess::isAlive);
    }

    private boolean isAlive() {
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                .flatMap(handle -> handle.info().startInstant())
                .filter(start -> Math.abs(start.getEpochSecond() - since.getEpochSecond()) <= 1).isPresent();
    }

    private static Optional<ServeProcess> read(DataDirectory data) {
        Path file = file(data);
        try {
            List<String> lines = Files.isRegularFile(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.of();
            return lines.size() < 2 ? Optional.empty()
                    : Optional.of(new ServeProcess(Long.parseLong(lines.get(0).strip()), Instant.parse(lines.get(1).strip())));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
