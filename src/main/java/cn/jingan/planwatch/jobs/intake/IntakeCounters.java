package cn.jingan.planwatch.jobs.intake;

import cn.jingan.planwatch.intake.IntakeTotals;
import cn.jingan.planwatch.intake.Outcome;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/** The counts of one intake run, kept in the step's execution context so a restart continues them. */
public final class IntakeCounters {

    public static final String ACCEPTED = "files.accepted";
    public static final String REJECTED = "files.rejected";
    public static final String DUPLICATE = "files.duplicate";
    public static final String IGNORED = "files.ignored";
    public static final String WAITING = "files.waiting";
    public static final String ROWS = "rows.loaded";

    private IntakeCounters() {}

    static void add(ExecutionContext context, String key, long amount) {
        context.putLong(key, context.getLong(key, 0L) + amount);
    }

    static String key(Outcome outcome) {
        return switch (outcome) {
            case ACCEPTED -> ACCEPTED;
            case REJECTED -> REJECTED;
            case DUPLICATE -> DUPLICATE;
        };
    }

    /** The totals a context holds, zero where absent. */
    public static IntakeTotals read(ExecutionContext context) {
        return new IntakeTotals(context.getLong(ACCEPTED, 0L), context.getLong(REJECTED, 0L),
                context.getLong(DUPLICATE, 0L), context.getLong(IGNORED, 0L), context.getLong(WAITING, 0L),
                context.getLong(ROWS, 0L));
    }
}
