package cn.jingan.planwatch.samples;

import cn.jingan.planwatch.catalog.Period;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Random;
import java.util.Set;

/**
 * When a bureau delivers a return: a few days after the period ends, mostly before the due date
 * ({@code due_days} after the period end), sometimes late. Office hours in Shanghai, stated in UTC.
 */
final class DeliveryClock {

    /** Bureaus that are often late. */
    private static final Set<String> OFTEN_LATE = Set.of("sports", "greening");

    private final Random random;

    DeliveryClock(long seed) {
        this.random = new Random(seed);
    }

    /** The delivery instant of a bureau's return for a period whose indicators are due after {@code dueDays}. */
    Instant receivedAt(String bureau, Period period, int dueDays) {
        double lateChance = OFTEN_LATE.contains(bureau) ? 0.35 : 0.08;
        boolean late = random.nextDouble() < lateChance;
        int earliest = Math.max(2, dueDays / 4);
        int days = late
                ? dueDays + 2 + random.nextInt(Math.max(5, dueDays / 2))
                : earliest + random.nextInt(dueDays - 1 - earliest + 1);
        LocalDate day = period.endDate().plusDays(days);
        int minuteOfShanghaiDay = 9 * 60 + random.nextInt(8 * 60 + 30);
        return day.atStartOfDay().plusMinutes(minuteOfShanghaiDay).minusHours(8).toInstant(ZoneOffset.UTC);
    }

    /** True when a return arrived after its due date (the whole due day counts, Shanghai time). */
    static boolean isLate(Period period, int dueDays, Instant receivedAt) {
        LocalDate due = period.endDate().plusDays(dueDays);
        return receivedAt.isAfter(due.plusDays(1).atStartOfDay().minusHours(8).toInstant(ZoneOffset.UTC));
    }
}
