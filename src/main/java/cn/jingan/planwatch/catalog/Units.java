package cn.jingan.planwatch.catalog;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Unit conversion into an indicator's catalog unit: 平方米↔万平方米, 元/万元/亿元, and %.
 * Count units (家, 个, 项, 件, 位) convert only to themselves.
 */
public final class Units {
    private Units() {}

    private static final Map<String, Map<String, BigDecimal>> SCALES = Map.of(
            "area", Map.of("平方米", BigDecimal.ONE, "万平方米", new BigDecimal("10000")),
            "money", Map.of("元", BigDecimal.ONE, "万元", new BigDecimal("10000"), "亿元", new BigDecimal("100000000")));

    private static final Set<String> ALIASES_OF_SQUARE_METRE = Set.of("平方米", "m2", "m²", "平米");

    /**
     * The factor that turns a value in {@code given} into {@code catalogUnit}; empty when they do not convert.
     * A blank given unit means the catalog unit.
     */
    public static Optional<BigDecimal> factor(String given, String catalogUnit) {
        String from = canonical(given);
        String to = canonical(catalogUnit);
        if (from.isEmpty() || from.equals(to)) {
            return Optional.of(BigDecimal.ONE);
        }
        for (Map<String, BigDecimal> scale : SCALES.values()) {
            if (scale.containsKey(from) && scale.containsKey(to)) {
                return Optional.of(scale.get(from).divide(scale.get(to)));
            }
        }
        return Optional.empty();
    }

    private static String canonical(String unit) {
        String u = Labels.normalize(unit);
        if (u.startsWith("(") && u.endsWith(")")) {
            u = u.substring(1, u.length() - 1);
        }
        if (ALIASES_OF_SQUARE_METRE.contains(u)) {
            return "平方米";
        }
        if (u.equals("万m2") || u.equals("万m²") || u.equals("万平米")) {
            return "万平方米";
        }
        return u;
    }
}
