package cn.jingan.planwatch.jobs.reminder;

import cn.jingan.planwatch.system.SqlTemplate;
import cn.jingan.planwatch.warehouse.WarehouseReader;
import java.nio.file.Path;
import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Asks the warehouse which returns are overdue or due soon ({@code sql/reminder/due_returns.sql}). */
public final class DueReturns {

    private static final SqlTemplate QUERY = SqlTemplate.load("sql/reminder/due_returns.sql");

    private DueReturns() {}

    /** The returns owed on {@code asOf}: overdue, or due within {@code withinDays} days. */
    public static List<DueReturn> find(Path warehouse, LocalDate asOf, int withinDays) {
        String sql = QUERY.render(Map.of("as_of", SqlTemplate.date(asOf), "days", SqlTemplate.number(withinDays)));
        try (WarehouseReader reader = WarehouseReader.open(warehouse)) {
            return reader.query(sql).stream().map(DueReturns::row).toList();
        }
    }

    private static DueReturn row(Map<String, Object> row) {
        Object due = row.get("due_date");
        LocalDate dueDate = due instanceof Date date ? date.toLocalDate()
                : due instanceof LocalDate local ? local : LocalDate.parse(String.valueOf(due));
        return new DueReturn((String) row.get("bureau_code"), (String) row.get("bureau_name"),
                (String) row.get("period_code"), dueDate, Boolean.TRUE.equals(row.get("overdue")),
                (String) row.get("indicators"));
    }
}
