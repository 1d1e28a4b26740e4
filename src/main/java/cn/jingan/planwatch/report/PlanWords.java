package cn.jingan.planwatch.report;

import java.util.Map;

/** The Chinese words for the codes of the catalog and the evaluation: kinds, comparators and statuses. */
public final class PlanWords {
    private PlanWords() {}

    private static final Map<String, String> KIND = Map.of("stock", "存量", "flow", "新增（考核期累计）",
            "level", "水平", "rank", "排名");
    private static final Map<String, String> COMPARATOR = Map.of("gt", "超过", "ge", "达到", "le", "不高于",
            "between", "区间", "none", "仅监测");
    private static final Map<String, String> STATUS = Map.of("achieved", "已实现", "ahead", "快于预期",
            "on_track", "基本符合预期", "lagging", "滞后于预期", "above_range", "超出区间", "monitor", "监测",
            "no_data", "无数据");

    /** 存量, 新增, 水平 or 排名. */
    public static String kind(String kind) {
        return KIND.getOrDefault(kind, kind);
    }

    /** 超过, 达到, 不高于, 区间 or 仅监测. */
    public static String comparator(String comparator) {
        return COMPARATOR.getOrDefault(comparator, comparator);
    }

    /** The national evaluation's label of a status, as {@code status_zh} in the warehouse gives it. */
    public static String status(String status) {
        return STATUS.getOrDefault(status, status);
    }

    /** 是, 否, or nothing. */
    public static String yesNo(Boolean value) {
        return value == null ? null : value ? "是" : "否";
    }
}
