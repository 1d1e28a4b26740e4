package cn.jingan.planwatch.warehouse;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/** Opens DuckDB connections: a new file to build, an existing file read-only, or memory only. */
final class DuckDbConnections {

    private static final String URL_PREFIX = "jdbc:duckdb:";

    private DuckDbConnections() {}

    /** A read-write connection to a file (created when absent). */
    static Connection readWrite(Path file) throws SQLException {
        return DriverManager.getConnection(URL_PREFIX + file.toAbsolutePath());
    }

    /** A read-only connection: never blocks other readers, never writes the file. */
    static Connection readOnly(Path file) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("duckdb.read_only", "true");
        return DriverManager.getConnection(URL_PREFIX + file.toAbsolutePath(), properties);
    }

    /** A private database in memory. */
    static Connection inMemory() throws SQLException {
        return DriverManager.getConnection(URL_PREFIX);
    }
}
