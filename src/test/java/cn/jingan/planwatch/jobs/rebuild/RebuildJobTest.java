package cn.jingan.planwatch.jobs.rebuild;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jingan.planwatch.intake.TestReturns;
import cn.jingan.planwatch.jobs.LakeToWarehouse;
import cn.jingan.planwatch.runs.BatchJobs;
import cn.jingan.planwatch.runs.JobRuns;
import cn.jingan.planwatch.runs.RunSummary;
import cn.jingan.planwatch.system.Contexts;
import cn.jingan.planwatch.warehouse.LakeFiles;
import cn.jingan.planwatch.warehouse.WarehouseChecks;
import cn.jingan.planwatch.warehouse.WarehouseReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

/** The rebuild job rebuilds the warehouse from the lake alone, even when unchanged, and verifies it. */
class RebuildJobTest {

    @TempDir
    Path temp;

    @Test
    void rebuildsAnUnchangedWarehouseFromTheLakeAndFindsItSound() throws Exception {
        // given
        Path data = temp.resolve("data");
        TestReturns.deliver(data, 3);
        Path warehouse = data.resolve("warehouse.duckdb");
        RunSummary rebuild;
        Object builtBefore;
        Object builtAfter;
        long factsAfter;

        // when
        try (ConfigurableApplicationContext context = Contexts.start(data)) {
            JobRuns runs = context.getBean(JobRuns.class);
            BatchJobs jobs = context.getBean(BatchJobs.class);
            runs.run("test", jobs.get("intake"), Map.of());
            builtBefore = builtAt(warehouse);
            rebuild = runs.run("test", jobs.get("rebuild"), Map.of());
            builtAfter = builtAt(warehouse);
            try (WarehouseReader reader = WarehouseReader.open(warehouse)) {
                factsAfter = reader.counts().get("fact_observation");
            }
        }

        // then
        assertThat(rebuild.status()).isEqualTo("COMPLETED");
        assertThat(builtAfter).isNotEqualTo(builtBefore);
        assertThat(factsAfter).isEqualTo(3);
    }

    @Test
    void verificationNamesAWarehouseBuiltFromAnotherLakeVersion() throws Exception {
        // given
        Path data = temp.resolve("data");
        TestReturns.deliver(data, 2);
        List<String> sound;
        List<String> stale;

        // when
        try (ConfigurableApplicationContext context = Contexts.start(data)) {
            context.getBean(JobRuns.class).run("test", context.getBean(BatchJobs.class).get("intake"),
                    Map.of());
            LakeFiles live = context.getBean(LakeToWarehouse.class).liveFiles();
            sound = WarehouseChecks.failures(data.resolve("warehouse.duckdb"), live);
            stale = WarehouseChecks.failures(data.resolve("warehouse.duckdb"),
                    new LakeFiles(live.observationFiles(), live.submissionFiles(), "another-version"));
        }

        // then
        assertThat(sound).isEmpty();
        assertThat(stale).singleElement().asString().contains("built from another lake version: 1");
    }

    private static Object builtAt(Path warehouse) {
        try (WarehouseReader reader = WarehouseReader.open(warehouse)) {
            return reader.query("select built_at from meta_build").get(0).get("built_at");
        }
    }
}
