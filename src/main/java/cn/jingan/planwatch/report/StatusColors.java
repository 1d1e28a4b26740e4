package cn.jingan.planwatch.report;

import java.util.Map;

/** The colour of each status of the national mid-term evaluation, the same in the workbook and on the dashboard. */
public final class StatusColors {
    private StatusColors() {}

    private static final Map<String, String> FILL = Map.of(
            "achieved", "1A7F37",
            "ahead", "2DA44E",
            "on_track", "D4A72C",
            "lagging", "CF222E",
            "above_range", "BC4C00",
            "monitor", "6E7781",
            "no_data", "AFB8C1");

    /** The fill of a status as six hex digits, grey for an unknown one. */
    public static String hex(String status) {
        return FILL.getOrDefault(status, "AFB8C1");
    }

    /** The statuses in the order of the national evaluation's precedence. */
    public static final java.util.List<String> ORDER = java.util.List.of("achieved", "ahead", "on_track", "lagging",
            "above_range", "monitor", "no_data");
}
