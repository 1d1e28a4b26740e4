package cn.jingan.planwatch.catalog;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * The plan's clock: periods end, returns fall due and "today" begins in one zone, the setting
 * {@code planwatch.zone} (default Asia/Shanghai).
 */
public final class PlanZone {

    public static final String DEFAULT_ID = "Asia/Shanghai";
    public static final ZoneId DEFAULT = ZoneId.of(DEFAULT_ID);

    private PlanZone() {}

    /**
     * The zone set for a command that starts no application context: {@code -Dplanwatch.zone}, else the
     * environment's {@code PLANWATCH_ZONE}, else the default.
     */
    public static ZoneId configured() {
        String given = System.getProperty("planwatch.zone", System.getenv("PLANWATCH_ZONE"));
        return given == null || given.isBlank() ? DEFAULT : of(given);
    }

    /** How a time is shown to people: date, time and the zone's offset, e.g. {@code 2024-02-18 18:00:00 +08:00}. */
    public static DateTimeFormatter timeFormat(ZoneId zone) {
        return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss XXX").withZone(zone);
    }

    /** A zone by its id, with a message naming the setting when it is no zone. */
    public static ZoneId of(String id) {
        try {
            return ZoneId.of(id.strip());
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("planwatch.zone: '" + id + "' is not a time zone (e.g. Asia/Shanghai)", e);
        }
    }
}
