package cn.jingan.planwatch.warehouse;

/** One row of {@code section_summary(as_of, known_at)}: how many indicators of a plan section stand in each status. */
public record SectionSummaryRow(String section, String sectionName, long indicators, long achieved, long ahead,
                                long onTrack, long lagging, long aboveRange, long monitor, long noData,
                                long willMeet) {
}
