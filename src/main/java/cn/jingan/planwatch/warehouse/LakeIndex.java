package cn.jingan.planwatch.warehouse;

import cn.jingan.planwatch.normalize.PreviousValues;
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
            return new LakeIndex(currentValues(connection));
        } catch (SQLException e) {
            throw new WarehouseReadException("cannot index the lake " + lake.version() + ": " + e.getMessage(), e);
        }
    }

    /** The newest value of a key: latest received_at, then latest loaded_at. */
    @Override
    public Optional<BigDecimal> value(String indicatorCode, String periodCode, String areaCode, String measure) {
        return Optional.ofNullable(currentValues.get(new Key(indicatorCode, periodCode, areaCode, measure)));
    }

    private static Map<Key, BigDecimal> currentValues(Connection connection) throws SQLException {
        Map<Key, BigDecimal> values = new HashMap<>();
        try (Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(single("index/lake_current_value.sql"))) {
            while (rs.next()) {
                values.put(new Key(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)),
                        rs.getBigDecimal(5));
            }
        }
        return Map.copyOf(values);
    }

    private static String single(String script) {
        String sql = WarehouseSql.statements(script).get(0);
        return sql.substring(0, sql.length() - 1);
    }

    private record Key(String indicatorCode, String periodCode, String areaCode, String measure) {}
}
