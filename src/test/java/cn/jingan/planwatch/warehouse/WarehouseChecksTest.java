package cn.jingan.planwatch.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The data checks beside the models find what a sound build never has: duplicates, drift, values left out. */
class WarehouseChecksTest {

    @TempDir
    Path dir;

    @Test
    void aSoundWarehousePassesEveryCheckAgainstTheLakeItWasBuiltFrom() {
        // given
        LakeFixture lake = lake();
        Path file = Warehouses.build(lake, dir);

        // when
        List<String> failures = WarehouseChecks.failures(file, lake.write());

        // then
        assertThat(failures).isEmpty();
    }

    @Test
    void aDuplicatedCurrentValueFailsTheKeyAndHistoryChecks() throws Exception {
        // given: a published file into which a BI tool with write access copied a row
        LakeFixture lake = lake();
        Path file = Warehouses.build(lake, dir);
        execute(file, "insert into fact_observation select * from fact_observation limit 1");

        // when
        List<String> failures = WarehouseChecks.failures(file, lake.write());

        // then
        assertThat(failures).containsExactly("fact_observation 主键重复 / duplicate keys in fact_observation: 1",
                "fact_observation 与当前版本不一致 / current values differ from the current versions: 1");
    }

    @Test
    void aLakeThatHoldsMoreThanTheWarehouseFailsTheLakeChecks() {
        // given: the warehouse built before another return reached the lake
        LakeFixture lake = lake();
        Path file = Warehouses.build(lake, dir);
        lake.file("scitech", "2023年报.xlsx", "2024-02-10T02:00:00Z").value("I09", "2023", "760");

        // when
        List<String> failures = WarehouseChecks.failures(file, lake.write());

        // then
        assertThat(failures).contains("数据湖中的数值未进入数仓 / lake values missing from fact_observation_history: 1",
                "数据湖中的报表未进入数仓 / lake files missing from fact_submission: 1");
        assertThat(failures).anyMatch(f -> f.startsWith("meta_build 记录的数据湖版本与当前不符 / built from another lake version"));
    }

    private LakeFixture lake() {
        LakeFixture lake = new LakeFixture(dir.resolve("lake"));
        lake.file("scitech", "2022年报.xlsx", "2023-02-10T02:00:00Z").value("I09", "2022", "700");
        return lake;
    }

    private static void execute(Path file, String sql) throws SQLException {
        assertThat(Files.exists(file)).isTrue();
        try (Connection connection = DuckDbConnections.readWrite(file); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
