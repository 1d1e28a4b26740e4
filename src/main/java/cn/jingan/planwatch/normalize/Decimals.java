package cn.jingan.planwatch.normalize;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Decimals as a clerk writes them: no trailing zeros, no exponent. */
final class Decimals {

    /** Values are kept to 6 decimal places in the catalog unit (the lake's DECIMAL(20,6)). */
    static final int SCALE = 6;
    static final int MAX_INTEGER_DIGITS = 14;

    private Decimals() {}

    /** The value as stored: rounded half-up to 6 places; null when it has more than 14 integer digits. */
    static BigDecimal stored(BigDecimal value) {
        BigDecimal rounded = value.setScale(SCALE, RoundingMode.HALF_UP);
        return rounded.precision() - rounded.scale() > MAX_INTEGER_DIGITS ? null : plain(rounded);
    }

    static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
