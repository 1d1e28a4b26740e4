package cn.jingan.planwatch.warehouse;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;

/**
 * The small file beside the warehouse ({@code warehouse.duckdb.build}) saying what it was built from, read
 * without opening DuckDB. It is removed before a new file is renamed into place and written after, so it
 * never names a build the warehouse does not hold.
 */
final class BuildSidecar {

    private static final String LAKE_VERSION = "lake_version";
    private static final String BUILD_KEY = "build_key";

    private BuildSidecar() {}

    static Path of(Path warehouseFile) {
        return warehouseFile.resolveSibling(warehouseFile.getFileName() + ".build");
    }

    /** The build key the sidecar records, if there is one. */
    static Optional<String> buildKey(Path warehouseFile) {
        Path sidecar = of(warehouseFile);
        if (!Files.isRegularFile(sidecar)) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(sidecar, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
        return Optional.ofNullable(properties.getProperty(BUILD_KEY));
    }

    static void write(Path warehouseFile, String lakeVersion, String buildKey) throws IOException {
        Properties properties = new Properties();
        properties.setProperty(LAKE_VERSION, lakeVersion);
        properties.setProperty(BUILD_KEY, buildKey);
        Path sidecar = of(warehouseFile);
        Path temp = sidecar.resolveSibling(sidecar.getFileName() + ".tmp");
        try (Writer writer = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
            properties.store(writer, "what " + warehouseFile.getFileName() + " was built from");
        }
        Files.move(temp, sidecar, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    static void delete(Path warehouseFile) {
        try {
            Files.deleteIfExists(of(warehouseFile));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
