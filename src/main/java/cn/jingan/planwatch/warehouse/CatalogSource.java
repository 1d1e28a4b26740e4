package cn.jingan.planwatch.warehouse;

import cn.jingan.planwatch.catalog.Area;
import cn.jingan.planwatch.catalog.Catalog;
import cn.jingan.planwatch.catalog.Indicator;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/** Fills the temporary {@code catalog_*} tables of a build from the {@link Catalog} object. */
final class CatalogSource {

    /** The scripts that create the catalog tables. */
    static final List<String> SCRIPTS = List.of("sources/catalog_indicator.sql", "sources/catalog_bureau.sql",
            "sources/catalog_area.sql");

    private final Connection connection;
    private final ScriptRunner scripts;

    CatalogSource(Connection connection) {
        this.connection = connection;
        this.scripts = new ScriptRunner(connection);
    }

    /** Creates the catalog tables and inserts every indicator, bureau and area. */
    void load(Catalog catalog) throws SQLException {
        for (String script : SCRIPTS) {
            scripts.run(script);
        }
        insert("catalog_indicator", catalog.indicators(), CatalogSource::indicatorRow);
        insert("catalog_bureau", catalog.bureaus(),
                b -> List.of(b.code(), b.nameZh(), b.nameEn(), String.join(";", b.aliases())));
        insert("catalog_area", catalog.areas(), (Area a) -> List.of(a.code(), a.nameZh(), a.kind()));
    }

    private static List<Object> indicatorRow(Indicator i) {
        return Arrays.asList(i.code(), i.section(), i.nameZh(), i.owner(), i.kind().name().toLowerCase(),
                i.unit(), i.frequency().code(), i.dueDays(), Date.valueOf(i.windowStart()),
                Date.valueOf(i.windowEnd()), i.comparator().name().toLowerCase(), i.target(), i.targetMax(),
                i.perArea(), i.seedPhrase());
    }

    private <T> void insert(String table, Collection<T> items, Function<T, List<Object>> row) throws SQLException {
        if (items.isEmpty()) {
            return;
        }
        int width = row.apply(items.iterator().next()).size();
        String sql = "insert into " + table + " values (" + "?, ".repeat(width - 1) + "?)";
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            for (T item : items) {
                List<Object> values = row.apply(item);
                for (int i = 0; i < values.size(); i++) {
                    insert.setObject(i + 1, values.get(i));
                }
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
