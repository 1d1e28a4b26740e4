package cn.jingan.planwatch.warehouse;

import cn.jingan.planwatch.catalog.Catalog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeMap;

/**
 * Hand-made lake data for tests: accepted returns written as Hive-partitioned Parquet with the columns of the
 * warehouse's lake tables (tested against {@code schemas/lake/*.schema}), through DuckDB's
 * {@code COPY ... (FORMAT parquet)}.
 */
final class LakeFixture {

    private static final Catalog CATALOG = Catalog.load();

    private final Path root;
    private final List<Return> returns = new ArrayList<>();

    LakeFixture(Path root) {
        this.root = root;
    }

    /** A return a bureau delivered at {@code receivedAt} (ISO instant), accepted an hour later. */
    Return file(String bureau, String name, String receivedAt) {
        Return file = new Return(bureau, name, Instant.parse(receivedAt));
        returns.add(file);
        return file;
    }

    /** Writes every return so far into Parquet files and names them. */
    LakeFiles write() {
        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:")) {
            createTables(duck);
            fill(duck);
            List<Path> observationFiles = new ArrayList<>();
            List<Path> submissionFiles = new ArrayList<>();
            int part = 0;
            for (Return file : returns) {
                for (int year : file.years()) {
                    Path target = root.resolve("observations/year=" + year + "/part-" + part++ + ".parquet");
                    copy(duck, "select * exclude (year) from observation where source_sha256 = '" + file.sha256()
                            + "' and year = " + year, target);
                    observationFiles.add(target);
                }
                Path submission = root.resolve("submissions/year=" + file.receivedAt.toString().substring(0, 4)
                        + "/part-" + part++ + ".parquet");
                copy(duck, "select * from submission where source_sha256 = '" + file.sha256() + "'", submission);
                submissionFiles.add(submission);
            }
            return new LakeFiles(observationFiles, submissionFiles, "test-" + returns.size() + "-" + part);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The lake's tables as the warehouse declares them ({@code sources/}), the observations with their year. */
    private static void createTables(Connection duck) throws SQLException {
        try (Statement s = duck.createStatement()) {
            for (String sql : WarehouseSql.statements(LakeSource.OBSERVATIONS)) {
                s.execute(sql);
            }
            for (String sql : WarehouseSql.statements(LakeSource.SUBMISSIONS)) {
                s.execute(sql);
            }
            s.execute("create temp table observation as select *, null::integer as year from lake_observation limit 0");
            s.execute("create temp table submission as select * from lake_submission limit 0");
        }
    }

    private void fill(Connection duck) throws SQLException {
        try (PreparedStatement obs = duck.prepareStatement(
                "insert into observation values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::timestamptz, ?::timestamptz, ?, ?)");
             PreparedStatement sub = duck.prepareStatement(
                     "insert into submission values (?, ?, ?, ?, ?, ?::timestamptz, ?::timestamptz, ?)")) {
            for (Return file : returns) {
                int row = 7;
                for (Row r : file.rows) {
                    obs.setString(1, r.indicator);
                    obs.setString(2, r.period);
                    obs.setString(3, r.area);
                    obs.setString(4, r.measure);
                    obs.setBigDecimal(5, new BigDecimal(r.value));
                    obs.setString(6, CATALOG.indicator(r.indicator).orElseThrow().unit());
                    obs.setString(7, file.bureau);
                    obs.setString(8, file.name);
                    obs.setString(9, file.sha256());
                    obs.setString(10, "报表");
                    obs.setString(11, "D" + row++);
                    obs.setString(12, file.receivedAt.toString());
                    obs.setString(13, file.loadedAt().toString());
                    obs.setString(14, "batch-" + file.name);
                    obs.setInt(15, Integer.parseInt(r.period.substring(0, 4)));
                    obs.addBatch();
                }
                sub.setString(1, file.sha256());
                sub.setString(2, file.bureau);
                sub.setString(3, file.name);
                sub.setString(4, file.rows.isEmpty() ? null : file.rows.get(0).period);
                sub.setInt(5, file.rows.size());
                sub.setString(6, file.receivedAt.toString());
                sub.setString(7, file.loadedAt().toString());
                sub.setString(8, "batch-" + file.name);
                sub.addBatch();
            }
            obs.executeBatch();
            sub.executeBatch();
        }
    }

    private static void copy(Connection duck, String select, Path target) throws SQLException {
        try {
            Files.createDirectories(target.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (Statement s = duck.createStatement()) {
            s.execute("copy (" + select + ") to '" + target + "' (format parquet)");
        }
    }

    /** One accepted return and its values. */
    static final class Return {
        private final String bureau;
        private final String name;
        private final Instant receivedAt;
        private final List<Row> rows = new ArrayList<>();

        private Return(String bureau, String name, Instant receivedAt) {
            this.bureau = bureau;
            this.name = name;
            this.receivedAt = receivedAt;
        }

        /** A 本期值 of the district. */
        Return value(String indicator, String period, String value) {
            return area(indicator, period, "JA", value);
        }

        /** A 本年累计 of the district. */
        Return ytd(String indicator, String period, String value) {
            rows.add(new Row(indicator, period, "JA", "ytd", value));
            return this;
        }

        /** A 本期值 of one area. */
        Return area(String indicator, String period, String area, String value) {
            rows.add(new Row(indicator, period, area, "period", value));
            return this;
        }

        String sha256() {
            try {
                byte[] hash = MessageDigest.getInstance("SHA-256")
                        .digest((bureau + "/" + name + "@" + receivedAt).getBytes(StandardCharsets.UTF_8));
                return HexFormat.of().formatHex(hash);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        Instant loadedAt() {
            return receivedAt.plusSeconds(3600);
        }

        List<Integer> years() {
            TreeMap<Integer, Boolean> years = new TreeMap<>();
            rows.forEach(r -> years.put(Integer.parseInt(r.period.substring(0, 4)), true));
            return new ArrayList<>(years.keySet());
        }
    }

    private record Row(String indicator, String period, String area, String measure, String value) {}
}
