package cn.jingan.planwatch.warehouse;

import cn.jingan.planwatch.catalog.Catalog;
import cn.jingan.planwatch.failpoint.Failpoints;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Builds a new DuckDB warehouse file from the live lake files and the catalog: dimensions, facts,
 * the mid-term rollup macros and views, comments on everything; then the data checks of every model, and a
 * checkpoint. A build whose checks fail leaves no file behind, so it is never published.
 */
public class WarehouseBuilder {

    /** Creates {@code newFile}, which must not exist yet; on failure nothing is left behind. */
    public void build(LakeFiles lake, Catalog catalog, RollupSettings settings, Path newFile) {
        if (Files.exists(newFile)) {
            throw new IllegalArgumentException("the warehouse is built into a new file, and this one exists: " + newFile);
        }
        try (Connection connection = DuckDbConnections.readWrite(newFile)) {
            new CatalogSource(connection).load(catalog);
            new LakeSource(connection).load(lake);
            Failpoints.reach(Failpoints.WAREHOUSE_LOADING);
            new ScriptRunner(connection).runManifest(WarehouseSql.BUILD);
            recordSettings(connection, settings);
            recordBuild(connection, lake, BuildKey.of(lake, catalog, settings));
            List<String> failures = WarehouseChecks.failures(connection, lake.version());
            if (!failures.isEmpty()) {
                throw new IllegalStateException("data checks failed: " + String.join("; ", failures));
            }
            try (Statement statement = connection.createStatement()) {
                statement.execute("checkpoint");
            }
        } catch (SQLException | RuntimeException e) {
            deleteQuietly(newFile);
            throw new WarehouseBuildException("could not build the warehouse " + newFile + ": " + e.getMessage(), e);
        }
    }

    private static void recordSettings(Connection connection, RollupSettings settings) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("insert into rollup_settings values (?, ?)")) {
            insert.setBigDecimal(1, BigDecimal.valueOf(settings.tolerance()));
            insert.setString(2, settings.planZone().getId());
            insert.execute();
        }
    }

    private static void recordBuild(Connection connection, LakeFiles lake, String buildKey) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "insert into meta_build values (?, ?, now(), version(), ?, ?)")) {
            insert.setString(1, lake.version());
            insert.setString(2, buildKey);
            insert.setInt(3, lake.observationFiles().size());
            insert.setInt(4, lake.submissionFiles().size());
            insert.execute();
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
            Files.deleteIfExists(file.resolveSibling(file.getFileName() + ".wal"));
        } catch (IOException ignored) {
            // a leftover temporary file is removed by the next publish
        }
    }
}
