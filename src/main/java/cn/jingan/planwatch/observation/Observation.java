package cn.jingan.planwatch.observation;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One reported value, in the indicator's catalog unit, with where it came from.
 * A row of the lake and of {@code fact_observation}.
 *
 * @param measure {@link #PERIOD} for 本期值, {@link #YTD} for 本年累计
 */
public record Observation(String indicatorCode, String periodCode, String areaCode, String measure,
                          BigDecimal value, String unit, String bureauCode, String sourceFile,
                          String sourceSha256, String sourceSheet, String sourceCell, Instant receivedAt,
                          Instant loadedAt) {

    public static final String PERIOD = "period";
    public static final String YTD = "ytd";

    public Observation loadedAt(Instant when) {
        return new Observation(indicatorCode, periodCode, areaCode, measure, value, unit, bureauCode, sourceFile,
                sourceSha256, sourceSheet, sourceCell, receivedAt, when);
    }
}
