package cn.jingan.planwatch.warehouse;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Properties;

/**
 * A BI tool in another process: opens a warehouse file read-only, keeps it open, and answers each SQL line
 * read from standard input with the first column of the first row, until {@code quit}.
 */
public final class ReadOnlyWarehouseHolder {

    private ReadOnlyWarehouseHolder() {}

    public static void main(String[] args) throws Exception {
        Properties readOnly = new Properties();
        readOnly.setProperty("duckdb.read_only", "true");
        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + args[0], readOnly);
             BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
            System.out.println("ready");
            System.out.flush();
            for (String line = in.readLine(); line != null && !line.equals("quit"); line = in.readLine()) {
                try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(line)) {
                    System.out.println(rs.next() ? rs.getString(1) : "(no row)");
                } catch (Exception e) {
                    System.out.println("error: " + e.getMessage().replace('\n', ' '));
                }
                System.out.flush();
            }
        }
    }
}
