package cn.jingan.planwatch.warehouse;

import cn.jingan.planwatch.observation.PreviousValues;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What the live lake already holds, read once through an in-memory DuckDB into a plain map: the current value
 * of each key, for the warnings at intake.
 */
public final class LakeIndex implements PreviousValues {

    private final Map<Key, BigDecimal> currentValues;

    private LakeIndex(Map<Key, BigDecimal> currentValues) {
        this.currentValues = currentValues;
    }

    /** Reads the given live lake files; the returned index holds no connection and no file open. */
    public static LakeIndex open(LakeFiles lake) {
        try (Connection connection = DuckDbConnections.inMemory()) {
            new LakeSource(connection).load(lake);
            new ScriptRunner(connection).runManifest(WarehouseSql.INDEX);
            return new LakeIndex(currentValues(connection));
        } catch (SQLException e) {
            throw new WarehouseReadException("cannot index the lake " + lake.version() + ": " + e.getMessage(), e);
        }
    }

    /** The newest value of a key, by the warehouse's rule ({@code int_observation_version}). */
    @Override
    public Optional<BigDecimal> value(String indicatorCode, String periodCode, String areaCode, String measure) {
        return Optional.ofNullable(currentValues.get(new Key(indicatorCode, periodCode, areaCode, measure)));
    }

    private static Map<Key, BigDecimal> currentValues(Connection connection) throws SQLException {
        Map<Key, BigDecimal> values = new HashMap<>();
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("select * from int_observation_current")) {
            while (rs.next()) {
                values.put(new Key(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)),
                        rs.getBigDecimal(5));
            }
        }
        return Map.copyOf(values);
    }

    private record Key(String indicatorCode, String periodCode, String areaCode, String measure) {}
}
