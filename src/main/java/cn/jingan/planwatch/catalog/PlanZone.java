package cn.jingan.planwatch.catalog;

import java.time.ZoneId;

/** The plan's time zone: periods end, returns fall due and "today" begins in Shanghai. */
public final class PlanZone {

    public static final ZoneId ID = ZoneId.of("Asia/Shanghai");

    private PlanZone() {}
}
