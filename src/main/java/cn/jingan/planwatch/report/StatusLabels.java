package cn.jingan.planwatch.report;

import java.util.Map;

/** The national mid-term evaluation's label of each status, as {@code status_zh} gives it. */
final class StatusLabels {
    private StatusLabels() {}

    private static final Map<String, String> ZH = Map.of("achieved", "已实现", "ahead", "快于预期",
            "on_track", "基本符合预期", "lagging", "滞后于预期", "above_range", "超出区间", "monitor", "监测",
            "no_data", "无数据");

    static String zh(String status) {
        return ZH.getOrDefault(status, status);
    }
}
