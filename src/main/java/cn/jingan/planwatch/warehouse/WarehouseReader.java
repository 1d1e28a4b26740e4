package cn.jingan.planwatch.warehouse;

import cn.jingan.planwatch.catalog.PlanZone;
import cn.jingan.planwatch.observation.PreviousValues;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads a published warehouse file, read-only, for reports and the command line. */
public final class WarehouseReader implements AutoCloseable {

    private static final List<String> COUNTED_TABLES = List.of("fact_observation", "fact_observation_history",
            "fact_submission", "dim_indicator", "dim_bureau", "dim_area", "dim_period");

    private static final String PERIOD_VALUES = "reads/period_values.sql";

    private final Connection connection;

    private WarehouseReader(Connection connection) {
        this.connection = connection;
    }

    /** Opens the file read-only: readers never block the pipeline, which publishes by rename. */
    public static WarehouseReader open(Path warehouseFile) {
        try {
            return new WarehouseReader(DuckDbConnections.readOnly(warehouseFile));
        } catch (SQLException e) {
            throw new WarehouseReadException("cannot open the warehouse " + warehouseFile + ": " + e.getMessage(), e);
        }
    }

    /**
     * True when the file opens and its tables can be read; false when it is damaged (truncated, not a DuckDB file)
     * or another process holds it open for writing.
     */
    public static boolean opens(Path warehouseFile) {
        try (WarehouseReader reader = open(warehouseFile)) {
            reader.query("select count(*) as submissions from fact_submission");
            return true;
        } catch (RuntimeException unusable) {
            return false;
        }
    }

    /** The mid-term evaluation at {@code asOf} with the values known at {@code knownAt}. */
    public List<MidtermRow> midterm(LocalDate asOf, Instant knownAt) {
        return atClocks("select * from midterm_progress(?::date, ?::timestamptz)", asOf, knownAt,
                WarehouseReader::midtermRow, "the mid-term evaluation");
    }

    /** The mid-term evaluation at each half-year end up to {@code asOf}, each with what was known that day. */
    public List<MidtermRow> midtermHistory(LocalDate asOf, Instant knownAt) {
        return atClocks("select * from midterm_history(?::date, ?::timestamptz)", asOf, knownAt,
                WarehouseReader::midtermRow, "the mid-term history");
    }

    /** Every observation a figure of the evaluation at {@code asOf}, known at {@code knownAt}, reads. */
    public List<LineageRow> lineage(LocalDate asOf, Instant knownAt) {
        return atClocks("select * from midterm_lineage(?::date, ?::timestamptz) where counts_for_baseline"
                + " or counts_for_latest or counts_for_cumulative", asOf, knownAt, WarehouseReader::lineageRow,
                "the lineage of the evaluation");
    }

    /** Every bureau's return for every period owed up to {@code asOf}: received, late, missing or not due. */
    public List<SubmissionStatusRow> submissionStatus(LocalDate asOf) {
        try (PreparedStatement query = connection.prepareStatement("select * from submission_status(?::date)")) {
            query.setString(1, asOf.toString());
            List<SubmissionStatusRow> rows = new ArrayList<>();
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    rows.add(new SubmissionStatusRow(rs.getString("bureau_code"), rs.getString("bureau_name"),
                            rs.getString("period_code"), date(rs, "end_date"), date(rs, "due_date"),
                            rs.getString("status"), rs.getString("status_zh"), instant(rs, "first_received_at"),
                            rs.getLong("indicators_due"), rs.getLong("indicators_received")));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new WarehouseReadException("cannot read the submission status: " + e.getMessage(), e);
        }
    }

    /** The Chinese name of every area, by code. */
    public Map<String, String> areaNames() {
        Map<String, String> names = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("select code, name_zh from dim_area order by code")) {
            while (rs.next()) {
                names.put(rs.getString("code"), rs.getString("name_zh"));
            }
            return names;
        } catch (SQLException e) {
            throw new WarehouseReadException("cannot read the areas: " + e.getMessage(), e);
        }
    }

    private <T> List<T> atClocks(String sql, LocalDate asOf, Instant knownAt, RowMapper<T> mapper, String what) {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, asOf.toString());
            query.setString(2, knownAt.toString());
            List<T> rows = new ArrayList<>();
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    rows.add(mapper.map(rs));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new WarehouseReadException("cannot read " + what + ": " + e.getMessage(), e);
        }
    }

    /** Turns the current row of a result into a value. */
    private interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    /** The observations behind one indicator in one area (every area for the district row of a per-area one). */
    public List<LineageRow> explain(String indicatorCode, String areaCode, LocalDate asOf, Instant knownAt) {
        try (PreparedStatement query = connection.prepareStatement(
                "select * from midterm_explain(?, ?, ?::date, ?::timestamptz)")) {
            query.setString(1, indicatorCode);
            query.setString(2, areaCode);
            query.setString(3, asOf.toString());
            query.setString(4, knownAt.toString());
            List<LineageRow> rows = new ArrayList<>();
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    rows.add(lineageRow(rs));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new WarehouseReadException("cannot read the lineage of " + indicatorCode + ": " + e.getMessage(), e);
        }
    }

    /** The mid-term evaluation per plan section: indicators in each status. */
    public List<SectionSummaryRow> sectionSummary(LocalDate asOf, Instant knownAt) {
        return atClocks("select * from section_summary(?::date, ?::timestamptz)", asOf, knownAt,
                rs -> new SectionSummaryRow(rs.getString("section"), rs.getString("section_name"),
                        rs.getLong("indicators"), rs.getLong("achieved"), rs.getLong("ahead"),
                        rs.getLong("on_track"), rs.getLong("lagging"), rs.getLong("above_range"),
                        rs.getLong("monitor"), rs.getLong("no_data"), rs.getLong("will_meet")),
                "the section summary");
    }

    /** The returns owed on {@code asOf}: overdue, or due within {@code withinDays} days. */
    public List<DueReturn> dueReturns(LocalDate asOf, int withinDays) {
        try (PreparedStatement query = connection.prepareStatement("select * from due_returns(?::date, ?)")) {
            query.setString(1, asOf.toString());
            query.setInt(2, withinDays);
            List<DueReturn> rows = new ArrayList<>();
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    rows.add(new DueReturn(rs.getString("bureau_code"), rs.getString("bureau_name"),
                            rs.getString("period_code"), date(rs, "due_date"), rs.getBoolean("overdue"),
                            rs.getString("indicators")));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new WarehouseReadException("cannot read the returns due: " + e.getMessage(), e);
        }
    }

    /** The plan's zone the warehouse was built with (its views' "today"). */
    public ZoneId planZone() {
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("select plan_zone from rollup_settings")) {
            return rs.next() ? ZoneId.of(rs.getString(1)) : PlanZone.DEFAULT;
        } catch (SQLException e) {
            throw new WarehouseReadException("cannot read the plan zone: " + e.getMessage(), e);
        }
    }

    /** The current value of every indicator, area and measure of one period. */
    public PreviousValues periodValues(String periodCode) {
        try (PreparedStatement query = connection.prepareStatement(WarehouseSql.query(PERIOD_VALUES))) {
            query.setString(1, periodCode);
            Map<String, BigDecimal> values = new HashMap<>();
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    values.put(key(rs.getString("indicator_code"), rs.getString("area_code"), rs.getString("measure")),
                            rs.getBigDecimal("value"));
                }
            }
            return (indicator, period, area, measure) -> period.equals(periodCode)
                    ? Optional.ofNullable(values.get(key(indicator, area, measure))) : Optional.empty();
        } catch (SQLException e) {
            throw new WarehouseReadException("cannot read the values of " + periodCode + ": " + e.getMessage(), e);
        }
    }

    private static String key(String indicator, String area, String measure) {
        return indicator + "\t" + area + "\t" + measure;
    }

    /** Rows in each fact and dimension table. */
    public Map<String, Long> counts() {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement()) {
            for (String table : COUNTED_TABLES) {
                try (ResultSet rs = statement.executeQuery("select count(*) from " + table)) {
                    rs.next();
                    counts.put(table, rs.getLong(1));
                }
            }
            return counts;
        } catch (SQLException e) {
            throw new WarehouseReadException("cannot count the warehouse rows: " + e.getMessage(), e);
        }
    }

    /** Any read-only query, each row a map from column name to value. */
    public List<Map<String, Object>> query(String sql) {
        try (Statement statement = connection.createStatement(); ResultSet rs = statement.executeQuery(sql)) {
            ResultSetMetaData meta = rs.getMetaData();
            List<Map<String, Object>> rows = new ArrayList<>();
            while (rs.next()) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    row.put(meta.getColumnLabel(i), rs.getObject(i));
                }
                rows.add(row);
            }
            return rows;
        } catch (SQLException e) {
            throw new WarehouseReadException("query failed: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new WarehouseReadException("cannot close the warehouse: " + e.getMessage(), e);
        }
    }

    private static MidtermRow midtermRow(ResultSet rs) throws SQLException {
        return new MidtermRow(rs.getString("indicator_code"), rs.getString("area_code"), date(rs, "as_of"),
                date(rs, "cutoff"), rs.getBigDecimal("elapsed"), rs.getBigDecimal("baseline"),
                rs.getBigDecimal("latest"), rs.getBigDecimal("cumulative"), rs.getBigDecimal("target"),
                rs.getBigDecimal("target_max"), rs.getString("comparator"), rs.getBigDecimal("progress"),
                rs.getString("status"), rs.getBigDecimal("projected"), (Boolean) rs.getObject("will_meet"),
                longOrNull(rs, "areas_met"), longOrNull(rs, "areas_total"), rs.getString("indicator_name"),
                rs.getString("section"), rs.getString("kind"), rs.getString("unit"), rs.getString("status_zh"),
                rs.getBigDecimal("yoy_change"));
    }

    private static LineageRow lineageRow(ResultSet rs) throws SQLException {
        return new LineageRow(rs.getString("indicator_code"), rs.getString("area_code"), rs.getString("period_code"),
                date(rs, "end_date"), rs.getString("measure"), rs.getBigDecimal("value"), rs.getString("unit"),
                rs.getBoolean("counts_for_baseline"), rs.getBoolean("counts_for_latest"),
                rs.getBoolean("counts_for_cumulative"), rs.getString("bureau_code"), rs.getString("source_file"),
                rs.getString("source_sheet"), rs.getString("source_cell"), instant(rs, "received_at"),
                instant(rs, "loaded_at"), rs.getInt("version"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
        return time == null ? null : time.toInstant();
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }

    private static Long longOrNull(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }
}
