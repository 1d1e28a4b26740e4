package cn.jingan.planwatch.warehouse;

import cn.jingan.planwatch.catalog.Catalog;
import java.nio.file.Path;

/** Builds a warehouse file from a test lake. */
final class Warehouses {

    static final Catalog CATALOG = Catalog.load();

    private Warehouses() {}

    static Path build(LakeFixture lake, Path dir) {
        return build(lake, dir, RollupSettings.DEFAULT);
    }

    static Path build(LakeFixture lake, Path dir, RollupSettings settings) {
        Path file = dir.resolve("warehouse-" + System.nanoTime() + ".duckdb");
        new WarehouseBuilder().build(lake.write(), CATALOG, settings, file);
        return file;
    }
}
