package cn.jingan.planwatch.runs;

import cn.jingan.planwatch.datadir.DataDirectory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * One run at a time per data directory, across processes: an OS file lock on {@code .planwatch/run.lock},
 * released by the OS if the holder dies; and, where nodes share a job repository, across nodes too
 * ({@link NodesLock}, taken after the file lock).
 */
public final class RunLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;
    private final AutoCloseable nodes;

    private RunLock(FileChannel channel, FileLock lock, AutoCloseable nodes) {
        this.channel = channel;
        this.lock = lock;
        this.nodes = nodes;
    }

    /** Takes the lock, waiting up to {@code wait}; empty when another run still holds it. */
    public static Optional<RunLock> acquire(DataDirectory data, Duration wait) {
        return acquire(data, wait, Optional.empty());
    }

    /**
     * Takes the file lock and then the lock across nodes, if there is one, both within {@code wait}; empty when
     * another run, here or on another node, still holds either.
     */
    public static Optional<RunLock> acquire(DataDirectory data, Duration wait, Optional<NodesLock> acrossNodes) {
        Path file = data.state().resolve("run.lock");
        try {
            Files.createDirectories(file.getParent());
            FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            Instant deadline = Instant.now().plus(wait);
            while (true) {
                FileLock lock = tryLock(channel);
                if (lock != null) {
                    Optional<AutoCloseable> nodes = acrossNodes.isPresent() ? acrossNodes.get().acquire(deadline)
                            : Optional.of(() -> { });
                    if (nodes.isEmpty()) {
                        lock.release();
                        channel.close();
                    }
                    return nodes.map(held -> new RunLock(channel, lock, held));
                }
                if (Instant.now().isAfter(deadline)) {
                    channel.close();
                    return Optional.empty();
                }
                Thread.sleep(200);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot lock " + file, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** Whether a run holds the data directory now; asks without creating anything. */
    public static boolean isHeld(DataDirectory data) {
        Path file = data.state().resolve("run.lock");
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            FileLock lock = tryLock(channel);
            if (lock != null) {
                lock.release();
            }
            return lock == null;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the lock " + file, e);
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null;
        }
    }

    @Override
    public void close() {
        try (channel) {
            nodes.close();
            lock.release();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("cannot release the run lock across nodes: " + e.getMessage(), e);
        }
    }
}
