package cn.jingan.planwatch.datadir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The folders of one installation, all under one data directory: {@code inbox/<bureau>/} in,
 * {@code archive/}, {@code quarantine/}, {@code outbox/<bureau>/} (receipts), {@code lake/} (Parquet) and
 * {@code warehouse.duckdb} and {@code dashboard/index.html} out, and {@code .planwatch/} for the pipeline's own state.
 */
public record DataDirectory(Path root) {

    public DataDirectory {
        root = root.toAbsolutePath().normalize();
    }

    public Path inbox() {
        return root.resolve("inbox");
    }

    public Path archive() {
        return root.resolve("archive");
    }

    public Path quarantine() {
        return root.resolve("quarantine");
    }

    public Path outbox() {
        return root.resolve("outbox");
    }

    public Path lake() {
        return root.resolve("lake");
    }

    public Path warehouse() {
        return root.resolve("warehouse.duckdb");
    }

    /** The leaders' dashboard, rewritten after every publish. */
    public Path dashboard() {
        return root.resolve("dashboard").resolve("index.html");
    }

    /** The pipeline's own state: job repository, run lock, metrics. */
    public Path state() {
        return root.resolve(".planwatch");
    }

    /** Creates the folders that do not exist yet. */
    public DataDirectory create() {
        for (Path dir : new Path[] {inbox(), archive(), quarantine(), outbox(), lake(), state()}) {
            try {
                Files.createDirectories(dir);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot create " + dir, e);
            }
        }
        return this;
    }

    /** A path relative to the data directory, with forward slashes, for receipts and lineage. */
    public String relative(Path path) {
        return root.relativize(path.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }
}
