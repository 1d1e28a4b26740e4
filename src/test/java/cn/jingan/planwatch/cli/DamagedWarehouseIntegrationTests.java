package cn.jingan.planwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jingan.planwatch.intake.TestReturns;
import cn.jingan.planwatch.warehouse.WarehouseReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** A damaged warehouse never fails a run: the next run finds it cannot be opened and rebuilds it from the lake. */
class DamagedWarehouseIntegrationTests {

    @Test
    void aTruncatedWarehouseIsRebuiltFromTheLakeByTheNextRun(@TempDir Path data) throws IOException {
        // given a published warehouse, then cut to half its size
        TestReturns.deliver(data, 4);
        assertThat(run(data)).isZero();
        Path warehouse = data.resolve("warehouse.duckdb");
        List<Map<String, Object>> before = facts(warehouse);
        try (FileChannel file = FileChannel.open(warehouse, StandardOpenOption.WRITE)) {
            file.truncate(file.size() / 2);
        }
        assertThat(WarehouseReader.opens(warehouse)).isFalse();

        // when
        int exit = run(data);

        // then
        assertThat(exit).isZero();
        assertThat(WarehouseReader.opens(warehouse)).isTrue();
        assertThat(facts(warehouse)).isEqualTo(before).hasSize(4);
    }

    private static List<Map<String, Object>> facts(Path warehouse) {
        try (WarehouseReader reader = WarehouseReader.open(warehouse)) {
            return reader.query("select indicator_code, period_code, value from fact_observation order by period_code");
        }
    }

    private static int run(Path data) {
        CommandLine command = new CommandLine(new PlanwatchCommand());
        command.setOut(new PrintWriter(new StringWriter()));
        return command.execute("run", "--data-dir", data.toString());
    }
}
