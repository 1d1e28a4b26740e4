package cn.jingan.planwatch.intake;

/** How many files one intake run took, turned away or left, and how many values it loaded. */
public record IntakeTotals(long accepted, long rejected, long duplicate, long ignored, long waiting, long rows) {
}
