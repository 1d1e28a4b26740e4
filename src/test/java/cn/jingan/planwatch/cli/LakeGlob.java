package cn.jingan.planwatch.cli;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * An outside engine in its own OS process: reads {@code <lake>/observations/**}/{@code *.parquet} with a plain
 * Parquet glob in an in-memory DuckDB and prints each file it read (relative to the lake), then {@code end}.
 * Run by tests through {@link ChildProcesses}.
 */
public final class LakeGlob {

    public static void main(String[] args) throws Exception {
        Path lake = Path.of(args[0]).toAbsolutePath();
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
             PreparedStatement query = connection.prepareStatement("select distinct filename from read_parquet(?,"
                     + " hive_partitioning = true, filename = true) order by filename")) {
            query.setString(1, lake + "/observations/**/*.parquet");
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    System.out.println(lake.relativize(Path.of(rs.getString(1))).toString().replace('\\', '/'));
                }
            } catch (SQLException e) {
                if (!e.getMessage().contains("No files found")) {
                    throw e;
                }
            }
        }
        System.out.println("end");
    }
}
