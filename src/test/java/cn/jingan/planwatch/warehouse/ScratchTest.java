package cn.jingan.planwatch.warehouse;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScratchTest {
    @TempDir
    Path dir;

    @Test
    void scratch() {
        LakeFixture lake = new LakeFixture(dir.resolve("lake"));
        lake.file("scitech", "a.xlsx", "2023-07-10T02:00:00Z").value("I11", "2023-Q2", "54.890471").value("I09", "2020", "500").value("I09", "2022", "700");
        lake.file("scitech", "b.xlsx", "2023-07-12T02:00:00Z").value("I09", "2022", "710");
        lake.file("health", "c.xlsx", "2023-02-12T02:00:00Z").area("I23", "2022", "CJD", "4").area("I23", "2022", "JAS", "6");
        Path file = Warehouses.build(lake, dir);
        try (WarehouseReader reader = WarehouseReader.open(file)) {
            System.out.println(reader.counts());
            reader.query("select * from fact_observation_history").forEach(System.out::println);
            reader.midterm(LocalDate.parse("2023-06-30"), Instant.now()).forEach(System.out::println);
            reader.query("select * from v_section_summary").forEach(System.out::println);
            reader.query("select * from submission_status('2023-08-01') where bureau_code='scitech'").forEach(System.out::println);
        }
    }
}
