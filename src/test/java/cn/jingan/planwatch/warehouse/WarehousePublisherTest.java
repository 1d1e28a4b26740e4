package cn.jingan.planwatch.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WarehousePublisherTest {

    private static final String I09_2022 = "select value::varchar from fact_observation where indicator_code = 'I09'";

    @TempDir
    Path dir;

    private final WarehousePublisher publisher = new WarehousePublisher(Warehouses.CATALOG, RollupSettings.DEFAULT);

    @Test
    void replacesTheFileWhileAnotherProcessHoldsTheOldOneOpenReadOnly() throws Exception {
        // given: the warehouse holds 700, and a reader in another process has it open
        LakeFixture lake = new LakeFixture(dir.resolve("lake"));
        lake.file("scitech", "2022年报.xlsx", "2023-02-10T02:00:00Z").value("I09", "2022", "700");
        Path warehouse = dir.resolve("warehouse.duckdb");
        publisher.publish(lake.write(), warehouse);
        try (Holder bi = Holder.start(warehouse)) {
            assertThat(bi.ask(I09_2022)).isEqualTo("700.000000");

            // when: a correction arrives and the warehouse is published again
            lake.file("scitech", "2022年报（更正）.xlsx", "2023-03-20T02:00:00Z").value("I09", "2022", "710");
            PublishResult result = publisher.publish(lake.write(), warehouse);

            // then: the old reader still answers from the old file, a new one sees the new data
            assertThat(result.built()).isTrue();
            assertThat(bi.ask(I09_2022)).isEqualTo("700.000000");
            // 23 indicators judged for the district, plus I23's district row and its 14 areas
            assertThat(bi.ask("select count(*) from v_midterm_progress")).isEqualTo("38");
            try (WarehouseReader fresh = WarehouseReader.open(warehouse)) {
                assertThat((BigDecimal) fresh.query(I09_2022.replace("::varchar", "")).get(0).get("value"))
                        .isEqualByComparingTo("710");
            }
        }
        assertThat(leftovers()).isEmpty();
    }

    @Test
    void skipsTheBuildWhenTheLakeHasNotChanged() throws Exception {
        // given
        LakeFixture lake = new LakeFixture(dir.resolve("lake"));
        lake.file("scitech", "2022年报.xlsx", "2023-02-10T02:00:00Z").value("I09", "2022", "700");
        LakeFiles files = lake.write();
        Path warehouse = dir.resolve("warehouse.duckdb");
        PublishResult first = publisher.publish(files, warehouse);
        Object fileKey = Files.readAttributes(warehouse, BasicFileAttributes.class).fileKey();

        // when
        PublishResult second = publisher.publish(files, warehouse);

        // then: the same file, untouched; the sidecar names the lake version
        assertThat(first.outcome()).isEqualTo(PublishResult.Outcome.BUILT);
        assertThat(second.outcome()).isEqualTo(PublishResult.Outcome.UNCHANGED);
        assertThat(Files.readAttributes(warehouse, BasicFileAttributes.class).fileKey()).isEqualTo(fileKey);
        assertThat(Files.readString(dir.resolve("warehouse.duckdb.build"))).contains("lake_version=" + files.version());
    }

    @Test
    void rebuildsWhenTheSidecarIsMissingOrTheToleranceChanged() {
        // given
        LakeFixture lake = new LakeFixture(dir.resolve("lake"));
        lake.file("scitech", "2022年报.xlsx", "2023-02-10T02:00:00Z").value("I09", "2022", "700");
        LakeFiles files = lake.write();
        Path warehouse = dir.resolve("warehouse.duckdb");
        publisher.publish(files, warehouse);

        // when: a crash between the rename and the sidecar leaves no sidecar
        BuildSidecar.delete(warehouse);
        PublishResult afterCrash = publisher.publish(files, warehouse);
        PublishResult newTolerance = new WarehousePublisher(Warehouses.CATALOG, new RollupSettings(0.1))
                .publish(files, warehouse);

        // then
        assertThat(afterCrash.built()).isTrue();
        assertThat(newTolerance.built()).isTrue();
    }

    @Test
    void aFailedBuildLeavesTheOldWarehouseAndCleansUpWhatACrashLeftBehind() throws Exception {
        // given: a published warehouse, and a temporary file a killed build left behind
        LakeFixture lake = new LakeFixture(dir.resolve("lake"));
        lake.file("scitech", "2022年报.xlsx", "2023-02-10T02:00:00Z").value("I09", "2022", "700");
        Path warehouse = dir.resolve("warehouse.duckdb");
        publisher.publish(lake.write(), warehouse);
        Files.writeString(dir.resolve("warehouse.duckdb.building-killed"), "half a database");
        LakeFiles broken = new LakeFiles(List.of(dir.resolve("lake/observations/year=2023/gone.parquet")), List.of(),
                "v-broken");

        // when / then
        assertThatThrownBy(() -> publisher.publish(broken, warehouse)).isInstanceOf(WarehouseBuildException.class);
        assertThat(leftovers()).isEmpty();
        try (WarehouseReader reader = WarehouseReader.open(warehouse)) {
            assertThat((BigDecimal) reader.query(I09_2022.replace("::varchar", "")).get(0).get("value"))
                    .isEqualByComparingTo("700");
        }
    }

    private List<Path> leftovers() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().contains(".building-")).toList();
        }
    }

    /** {@link ReadOnlyWarehouseHolder} running in a child JVM. */
    private record Holder(Process process, PrintWriter to, BufferedReader from) implements AutoCloseable {

        static Holder start(Path warehouse) throws IOException {
            Path java = Path.of(System.getProperty("java.home"), "bin", "java");
            Process process = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                    ReadOnlyWarehouseHolder.class.getName(), warehouse.toString())
                    .redirectError(ProcessBuilder.Redirect.INHERIT).start();
            Holder holder = new Holder(process,
                    new PrintWriter(process.getOutputStream(), true, StandardCharsets.UTF_8),
                    new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8)));
            assertThat(holder.from.readLine()).isEqualTo("ready");
            return holder;
        }

        String ask(String sql) throws IOException {
            to.println(sql);
            return from.readLine();
        }

        @Override
        public void close() throws Exception {
            to.println("quit");
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }
}
