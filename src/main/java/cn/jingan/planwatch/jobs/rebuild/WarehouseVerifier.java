package cn.jingan.planwatch.jobs.rebuild;

import cn.jingan.planwatch.system.SqlTemplate;
import cn.jingan.planwatch.warehouse.LakeFiles;
import cn.jingan.planwatch.warehouse.WarehouseReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Checks a published warehouse against the lake it was built from ({@code sql/rebuild/verify_*.sql}): built
 * from the current lake version, every lake value and file present, current values unique and consistent.
 */
final class WarehouseVerifier {

    private static final SqlTemplate ON_ITS_OWN = SqlTemplate.load("sql/rebuild/verify_warehouse.sql");
    private static final SqlTemplate AGAINST_LAKE = SqlTemplate.load("sql/rebuild/verify_against_lake.sql");

    private WarehouseVerifier() {}

    /** The checks that failed, each with its count of problems; empty when the warehouse is sound. */
    static List<String> failures(Path warehouse, LakeFiles lake) {
        List<Map<String, Object>> results = new ArrayList<>();
        try (WarehouseReader reader = WarehouseReader.open(warehouse)) {
            results.addAll(reader.query(ON_ITS_OWN.render(Map.of("lake_version", SqlTemplate.string(lake.version())))));
            if (!lake.observationFiles().isEmpty() && !lake.submissionFiles().isEmpty()) {
                results.addAll(reader.query(AGAINST_LAKE.render(Map.of(
                        "observation_files", SqlTemplate.paths(lake.observationFiles()),
                        "submission_files", SqlTemplate.paths(lake.submissionFiles())))));
            }
        }
        return results.stream().filter(row -> ((Number) row.get("problems")).longValue() != 0)
                .map(row -> row.get("check_name") + ": " + row.get("problems")).toList();
    }
}
