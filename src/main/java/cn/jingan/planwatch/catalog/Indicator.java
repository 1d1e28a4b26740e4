package cn.jingan.planwatch.catalog;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One plan indicator, a row of {@code schemas/catalog/indicators.tsv}. */
public record Indicator(String code, String section, String nameZh, String owner, Kind kind, String unit,
                        Frequency frequency, int dueDays, LocalDate windowStart, LocalDate windowEnd,
                        Comparator comparator, BigDecimal target, BigDecimal targetMax, boolean perArea,
                        String seedPhrase) {

    /** stock / level / rank are judged on the latest value; flow is accumulated over the window. */
    public enum Kind { STOCK, FLOW, LEVEL, RANK }

    /** How the target is met: gt, ge, le, between (inclusive), none (monitored only). */
    public enum Comparator { GT, GE, LE, BETWEEN, NONE }
}
