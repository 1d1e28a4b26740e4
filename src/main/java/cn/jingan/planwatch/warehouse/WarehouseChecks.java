package cn.jingan.planwatch.warehouse;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The data checks of the warehouse's models ({@code <model>.checks.sql} beside each model): unique keys, current
 * values agreeing with their history, every lake value and file present, built from the lake version at hand.
 * The builder runs them on every build before the file can be published; {@link #failures(Path, LakeFiles)}
 * runs them again on a published file.
 */
public final class WarehouseChecks {

    private WarehouseChecks() {}

    /** The checks a published warehouse fails against the given live lake files; empty when it is sound. */
    public static List<String> failures(Path warehouse, LakeFiles lake) {
        try (Connection connection = DuckDbConnections.readOnly(warehouse)) {
            new LakeSource(connection).load(lake);
            return failures(connection, lake.version());
        } catch (SQLException e) {
            throw new WarehouseReadException("cannot check the warehouse " + warehouse + ": " + e.getMessage(), e);
        }
    }

    /** The checks failed on a connection that holds the warehouse and the lake's source tables. */
    static List<String> failures(Connection connection, String lakeVersion) throws SQLException {
        try (PreparedStatement set = connection.prepareStatement("set variable lake_version = ?")) {
            set.setString(1, lakeVersion);
            set.execute();
        }
        List<String> failures = new ArrayList<>();
        try (Statement statement = connection.createStatement()) {
            for (String script : WarehouseSql.checks(WarehouseSql.BUILD)) {
                try (ResultSet rs = statement.executeQuery(WarehouseSql.query(script))) {
                    while (rs.next()) {
                        if (rs.getLong("problems") != 0) {
                            failures.add(rs.getString("check_name") + ": " + rs.getLong("problems"));
                        }
                    }
                }
            }
        }
        return failures;
    }
}
