package cn.jingan.planwatch.warehouse;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** One row of {@code midterm_explain}: an observation, the figures it counts for, and where it was read. */
public record LineageRow(String indicatorCode, String areaCode, String periodCode, LocalDate endDate,
                         String measure, BigDecimal value, String unit, boolean countsForBaseline,
                         boolean countsForLatest, boolean countsForCumulative, String bureauCode, String sourceFile,
                         String sourceSheet, String sourceCell, Instant receivedAt, Instant loadedAt, int version) {

    /** Whether any figure of the evaluation reads this observation. */
    public boolean counts() {
        return countsForBaseline || countsForLatest || countsForCumulative;
    }
}
