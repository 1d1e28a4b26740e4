package cn.jingan.planwatch.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Runs one of the lake queries of {@code ops/} as an outside engine would: a plain DuckDB in the data directory. */
final class OpsLakeQuery {
    private OpsLakeQuery() {}

    /** Every row the query gives, each as its columns joined by {@code |}, sorted. */
    static List<String> rows(String opsFile, Path dataDir) throws IOException, SQLException {
        String sql = Files.readString(Path.of("ops", opsFile));
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:")) {
            try (PreparedStatement search = connection.prepareStatement("set file_search_path = ?")) {
                search.setString(1, dataDir.toAbsolutePath().toString());
                search.execute();
            }
            try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
                return joined(rs);
            }
        }
    }

    /** The rows of a result, each as its columns joined by {@code |}, sorted. */
    static List<String> joined(ResultSet rs) throws SQLException {
        List<String> rows = new ArrayList<>();
        int columns = rs.getMetaData().getColumnCount();
        while (rs.next()) {
            StringBuilder row = new StringBuilder();
            for (int c = 1; c <= columns; c++) {
                row.append(c > 1 ? "|" : "").append(rs.getString(c));
            }
            rows.add(row.toString());
        }
        rows.sort(null);
        return rows;
    }
}
