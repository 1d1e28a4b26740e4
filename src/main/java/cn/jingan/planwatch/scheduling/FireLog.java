package cn.jingan.planwatch.scheduling;

import cn.jingan.planwatch.datadir.DataDirectory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Optional;

/**
 * The last fire time of each schedule, kept in {@code .planwatch/schedule/<name>.last-fire}: with Quartz's
 * in-memory store it is what tells, after downtime, that a fire was missed.
 */
final class FireLog {

    private final Path folder;

    public FireLog(DataDirectory data) {
        this.folder = data.state().resolve("schedule");
    }

    public Optional<Instant> last(String schedule) {
        Path file = file(schedule);
        try {
            return Files.isRegularFile(file)
                    ? Optional.of(Instant.parse(Files.readString(file, StandardCharsets.UTF_8).trim()))
                    : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    public void record(String schedule, Instant firedAt) {
        Path file = file(schedule);
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            Files.createDirectories(folder);
            Files.writeString(temp, firedAt.toString() + "\n", StandardCharsets.UTF_8);
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot record the fire time of " + schedule, e);
        }
    }

    private Path file(String schedule) {
        return folder.resolve(schedule + ".last-fire");
    }
}
