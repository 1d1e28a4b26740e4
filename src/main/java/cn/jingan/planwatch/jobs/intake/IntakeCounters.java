package cn.jingan.planwatch.jobs.intake;

import org.springframework.batch.infrastructure.item.ExecutionContext;

/** Adds to the counts of one intake run, kept in the step's execution context so a restart continues them. */
final class IntakeCounters {

    private IntakeCounters() {}

    static void add(ExecutionContext context, String key, long amount) {
        context.putLong(key, context.getLong(key, 0L) + amount);
    }
}
