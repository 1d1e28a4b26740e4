package cn.jingan.planwatch.normalize;

import cn.jingan.planwatch.catalog.Period;

/** Steps between periods of one frequency. */
final class Periods {
    private Periods() {}

    static Period previous(Period period) {
        return Period.containing(period.frequency(), period.startDate().minusDays(1));
    }

    /** True for the first period of its year (the year itself, Q1, M01). */
    static boolean opensYear(Period period) {
        return period.index() == 1;
    }
}
