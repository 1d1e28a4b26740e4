package cn.jingan.planwatch.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Returns due per bureau and period. 区绿化市容局 (greening) owes I18 and I19 quarterly from 2023-Q1, 15 days
 * after each quarter; 区体育局 (sports) owes I24 yearly from 2021, 60 days after each year. Due dates are
 * Shanghai dates: 2023-04-15T15:30Z is 23:30 on the 15th there, 2023-07-15T16:30Z already the 16th.
 */
class SubmissionStatusTest {

    @TempDir
    static Path dir;

    static Path warehouse;

    @BeforeAll
    static void buildTheLake() {
        LakeFixture lake = new LakeFixture(dir.resolve("lake"));
        lake.file("greening", "2022Q4.xlsx", "2023-01-10T02:00:00Z").value("I18", "2022-Q4", "1");
        lake.file("greening", "2023Q1.xlsx", "2023-04-15T15:30:00Z").value("I18", "2023-Q1", "1.2")
                .value("I19", "2023-Q1", "0.5");
        lake.file("greening", "2023Q2.xlsx", "2023-07-15T16:30:00Z").value("I18", "2023-Q2", "1.1")
                .value("I19", "2023-Q2", "0.4");
        lake.file("sports", "2020年报.xlsx", "2021-02-01T02:00:00Z").value("I24", "2020", "0.688");
        lake.file("sports", "2022年报.xlsx", "2023-09-01T02:00:00Z").value("I24", "2022", "0.8");
        warehouse = Warehouses.build(lake, dir);
    }

    @Test
    void tellsOnTimeLateAndNotYetDueReturnsApart() {
        // when
        Map<String, String> greening = statuses("2023-08-01", "greening");

        // then: 2022-Q4 is a baseline period, welcome but never due
        assertThat(greening).containsExactly(Map.entry("2023-Q1", "received"), Map.entry("2023-Q2", "late"),
                Map.entry("2023-Q3", "not_due"));
    }

    @Test
    void aReturnNotReceivedByTheDueDateIsMissingUntilItComes() {
        // when
        Map<String, String> before = statuses("2023-08-01", "sports");
        Map<String, String> after = statuses("2023-09-02", "sports");

        // then: 2021 due 2022-03-01 and 2022 due 2023-03-01; the 2022 return came on 2023-09-01
        assertThat(before).containsExactly(Map.entry("2021", "missing"), Map.entry("2022", "missing"),
                Map.entry("2023", "not_due"));
        assertThat(after).containsEntry("2022", "late").containsEntry("2021", "missing");
    }

    @Test
    void showsTheDueDateTheFirstReceiptAndTheCountsOfAPeriod() {
        // when
        Map<String, Object> row = query("select * from submission_status('2023-08-01')"
                + " where bureau_code = 'greening' and period_code = '2023-Q1'").get(0);

        // then
        assertThat(row).containsEntry("bureau_name", "区绿化市容局").containsEntry("status_zh", "已按时报送")
                .containsEntry("indicators_due", 2L).containsEntry("indicators_received", 2L);
        assertThat(row.get("due_date")).hasToString("2023-04-15");
        assertThat(row.get("first_received_at").toString()).startsWith("2023-04-15T15:30");
        assertThat(query("select * from v_submission_status")).isNotEmpty();
    }

    private static Map<String, String> statuses(String asOf, String bureau) {
        return query("select period_code, status from submission_status('" + asOf + "') where bureau_code = '"
                + bureau + "'").stream().collect(Collectors.toMap(r -> (String) r.get("period_code"),
                r -> (String) r.get("status"), (a, b) -> a, java.util.LinkedHashMap::new));
    }

    private static List<Map<String, Object>> query(String sql) {
        try (WarehouseReader reader = WarehouseReader.open(warehouse)) {
            return reader.query(sql);
        }
    }
}
