package cn.jingan.planwatch.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The views' "today" is the plan's: two readers whose session zones are 25 hours apart (so their
 * {@code current_date} always differs) see the same {@code as_of}, the date in the zone the warehouse was built with.
 */
class PlanTodayTest {

    private static final String EAST = "Pacific/Kiritimati";
    private static final String WEST = "Pacific/Pago_Pago";

    @TempDir
    Path dir;

    @Test
    void theViewsGiveTheSameAsOfWhateverTheReadersSessionZone() throws Exception {
        // given
        Path warehouse = build(ZoneId.of("Asia/Shanghai"));

        // when
        List<String> east = asOfs(warehouse, EAST);
        List<String> west = asOfs(warehouse, WEST);

        // then
        LocalDate shanghaiToday = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        assertThat(currentDate(warehouse, EAST)).isNotEqualTo(currentDate(warehouse, WEST));
        assertThat(east).isEqualTo(west);
        assertThat(east).containsOnly(shanghaiToday.toString());
    }

    @Test
    void theViewsTodayFollowsThePlanZoneTheWarehouseWasBuiltWith() throws Exception {
        // given
        Path eastern = build(ZoneId.of(EAST));
        Path western = build(ZoneId.of(WEST));

        // when
        List<String> east = asOfs(eastern, "UTC");
        List<String> west = asOfs(western, "UTC");

        // then
        assertThat(east).containsOnly(LocalDate.now(ZoneId.of(EAST)).toString());
        assertThat(west).containsOnly(LocalDate.now(ZoneId.of(WEST)).toString());
    }

    private Path build(ZoneId planZone) {
        LakeFixture lake = new LakeFixture(dir.resolve("lake-" + planZone.getId().replace('/', '-')));
        lake.file("greening", "2023Q1.xlsx", "2023-04-10T02:00:00Z").value("I18", "2023-Q1", "1.2");
        return Warehouses.build(lake, dir, new RollupSettings(0.05, planZone));
    }

    /** The distinct as_of of every dated view, read in a session of {@code zone}. */
    private static List<String> asOfs(Path warehouse, String zone) throws SQLException {
        List<String> dates = new ArrayList<>();
        for (String view : List.of("v_midterm_progress", "v_section_summary", "v_submission_status")) {
            dates.addAll(strings(warehouse, zone, "select distinct cast(as_of as varchar) from " + view));
        }
        return dates;
    }

    private static String currentDate(Path warehouse, String zone) throws SQLException {
        return strings(warehouse, zone, "select cast(current_date as varchar)").get(0);
    }

    private static List<String> strings(Path warehouse, String zone, String sql) throws SQLException {
        try (Connection connection = DuckDbConnections.readOnly(warehouse);
             Statement statement = connection.createStatement()) {
            statement.execute("set TimeZone = '" + zone + "'");
            List<String> values = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery(sql)) {
                while (rs.next()) {
                    values.add(rs.getString(1));
                }
            }
            return values;
        }
    }
}
