package cn.jingan.planwatch.report;

import cn.jingan.planwatch.catalog.Catalog;
import cn.jingan.planwatch.catalog.Indicator;
import java.time.LocalDate;
import java.util.Comparator;

/** The whole plan window: from the earliest indicator window start to the latest window end of the catalog. */
record PlanWindow(LocalDate start, LocalDate end) {

    static PlanWindow of(Catalog catalog) {
        return new PlanWindow(
                catalog.indicators().stream().map(Indicator::windowStart).min(Comparator.naturalOrder()).orElseThrow(),
                catalog.indicators().stream().map(Indicator::windowEnd).max(Comparator.naturalOrder()).orElseThrow());
    }
}
