package cn.jingan.planwatch.jobs.intake;

import cn.jingan.planwatch.intake.Outcome;
import java.util.Map;
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

    /** Every counter of a context, zero where absent. */
    public static Map<String, Long> read(ExecutionContext context) {
        return Map.of(ACCEPTED, context.getLong(ACCEPTED, 0L), REJECTED, context.getLong(REJECTED, 0L),
                DUPLICATE, context.getLong(DUPLICATE, 0L), IGNORED, context.getLong(IGNORED, 0L),
                WAITING, context.getLong(WAITING, 0L), ROWS, context.getLong(ROWS, 0L));
    }
}
