package cn.jingan.planwatch.intake.receipt;

import java.math.BigDecimal;

/**
 * A value an accepted return put on record, as its clerk checks it: indicator, period, area, measure and value in
 * the catalog unit, with the cell it was read from.
 */
public record RecordedValue(String indicatorCode, String indicatorName, String periodCode, String areaCode,
                            String areaName, String measure, BigDecimal value, String unit, String sheet,
                            String cell) {
}
