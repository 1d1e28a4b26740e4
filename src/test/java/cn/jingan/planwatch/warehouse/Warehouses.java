package cn.jingan.planwatch.warehouse;

import cn.jingan.planwatch.catalog.Catalog;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;

/** Builds a warehouse file from a test lake. */
final class Warehouses {

    static final Catalog CATALOG = Catalog.load();

    private Warehouses() {}

    static Path build(LakeFixture lake, Path dir) {
        return build(lake, dir, RollupSettings.DEFAULT);
    }

    /** The district row of an indicator at an evaluation date, with everything known now. */
    static MidtermRow midterm(Path file, String asOf, String indicator) {
        return midterm(file, asOf, Instant.now(), indicator, "JA");
    }

    /** One row of the mid-term evaluation. */
    static MidtermRow midterm(Path file, String asOf, Instant knownAt, String indicator, String area) {
        try (WarehouseReader reader = WarehouseReader.open(file)) {
            return reader.midterm(LocalDate.parse(asOf), knownAt).stream()
                    .filter(r -> r.indicatorCode().equals(indicator) && r.areaCode().equals(area))
                    .findFirst().orElseThrow();
        }
    }

    static Path build(LakeFixture lake, Path dir, RollupSettings settings) {
        Path file = dir.resolve("warehouse-" + System.nanoTime() + ".duckdb");
        new WarehouseBuilder().build(lake.write(), CATALOG, settings, file);
        return file;
    }
}
