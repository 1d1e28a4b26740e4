package cn.jingan.planwatch.intake;

import java.util.Map;

/**
 * How many files one intake run took, turned away or left, and how many values it loaded.
 *
 * <p>A run keeps them as named counts ({@link #ACCEPTED} …), which the job repository stores and the metrics sum.
 */
public record IntakeTotals(long accepted, long rejected, long duplicate, long ignored, long waiting, long rows) {

    public static final String ACCEPTED = "files.accepted";
    public static final String REJECTED = "files.rejected";
    public static final String DUPLICATE = "files.duplicate";
    public static final String IGNORED = "files.ignored";
    public static final String WAITING = "files.waiting";
    public static final String ROWS = "rows.loaded";

    /** The totals among a run's named counts, zero where absent (as for runs of other jobs). */
    public static IntakeTotals of(Map<String, Long> counts) {
        return new IntakeTotals(counts.getOrDefault(ACCEPTED, 0L), counts.getOrDefault(REJECTED, 0L),
                counts.getOrDefault(DUPLICATE, 0L), counts.getOrDefault(IGNORED, 0L),
                counts.getOrDefault(WAITING, 0L), counts.getOrDefault(ROWS, 0L));
    }

    /** The name under which a run counts files of this outcome. */
    public static String countOf(Outcome outcome) {
        return switch (outcome) {
            case ACCEPTED -> ACCEPTED;
            case REJECTED -> REJECTED;
            case DUPLICATE -> DUPLICATE;
            case REFUSED -> IGNORED;
        };
    }
}
