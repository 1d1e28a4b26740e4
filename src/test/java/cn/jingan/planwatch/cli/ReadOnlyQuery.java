package cn.jingan.planwatch.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Properties;

/**
 * A BI reader in its own OS process: opens a warehouse read-only and answers each SQL line read from stdin with
 * the first column of the first row, until stdin closes. Run by tests through {@link ChildProcesses}.
 */
public final class ReadOnlyQuery {

    public static void main(String[] args) throws Exception {
        Properties readOnly = new Properties();
        readOnly.setProperty("duckdb.read_only", "true");
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + args[0], readOnly);
             BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
            System.out.println("open");
            System.out.flush();
            for (String sql = in.readLine(); sql != null; sql = in.readLine()) {
                try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
                    System.out.println(rs.next() ? rs.getString(1) : "");
                } catch (Exception e) {
                    System.out.println("error: " + e.getMessage().replace('\n', ' '));
                }
                System.out.flush();
            }
        }
    }
}
