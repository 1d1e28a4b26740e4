package cn.jingan.planwatch.cli;

import cn.jingan.planwatch.warehouse.MidtermRow;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Writes a mid-term row as a line of the golden CSV files, numbers rounded to 6 places. */
final class GoldenCsv {
    private GoldenCsv() {}

    static String line(MidtermRow r) {
        return Stream.of(r.indicatorCode(), r.areaCode(), r.asOf(), r.cutoff(), r.elapsed(), r.baseline(), r.latest(),
                r.cumulative(), r.target(), r.targetMax(), r.comparator(), r.progress(), r.status(), r.projected(),
                r.willMeet(), r.areasMet(), r.areasTotal()).map(GoldenCsv::field).collect(Collectors.joining(","));
    }

    /** A golden line with every number written the same way as {@link #line}. */
    static String normalize(String line) {
        return Arrays.stream(line.split(",", -1)).map(f -> f.matches("-?\\d+(\\.\\d+)?") && !f.matches("\\d{4}-.*")
                ? field(new BigDecimal(f)) : f).collect(Collectors.joining(","));
    }

    private static String field(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal number) {
            return number.setScale(6, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
        }
        if (value instanceof Long number) {
            return number.toString();
        }
        return value.toString();
    }
}
