package cn.jingan.planwatch.normalize;

import java.math.BigDecimal;

/** Decimals as a clerk writes them: no trailing zeros, no exponent. */
final class Decimals {
    private Decimals() {}

    static BigDecimal plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
