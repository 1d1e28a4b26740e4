package cn.jingan.planwatch.warehouse;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/** Runs warehouse scripts statement by statement, naming the script when one fails. */
final class ScriptRunner {

    private final Connection connection;

    ScriptRunner(Connection connection) {
        this.connection = connection;
    }

    /** Runs every script of a manifest, in order. */
    void runManifest(String manifest) throws SQLException {
        for (String script : WarehouseSql.manifest(manifest)) {
            run(script);
        }
    }

    /** Runs one script. */
    void run(String script) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : WarehouseSql.statements(script)) {
                try {
                    statement.execute(sql);
                } catch (SQLException e) {
                    throw new SQLException("warehouse script " + script + " failed: " + e.getMessage(), e);
                }
            }
        }
    }
}
