package cn.jingan.planwatch.report;

import cn.jingan.planwatch.warehouse.MidtermRow;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The mid-term table as CSV with the contract's column names, UTF-8 with a byte order mark so Excel reads Chinese. */
public final class MidtermCsv {
    private MidtermCsv() {}

    /** The columns of {@code v_midterm_progress}, in its order. */
    public static final List<String> COLUMNS = List.of("indicator_code", "area_code", "as_of", "cutoff", "elapsed",
            "baseline", "latest", "cumulative", "target", "target_max", "comparator", "progress", "status",
            "projected", "will_meet", "areas_met", "areas_total", "indicator_name", "section", "kind", "unit",
            "status_zh", "yoy_change");

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    /** Writes the rows to {@code file}, replacing it; numbers at full precision, empty for null. */
    public static void write(Path file, List<MidtermRow> rows) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(BYTE_ORDER_MARK);
            out.write(String.join(",", COLUMNS) + "\r\n");
            for (MidtermRow row : rows) {
                out.write(line(row) + "\r\n");
            }
        }
    }

    static String line(MidtermRow r) {
        return Stream.of(r.indicatorCode(), r.areaCode(), r.asOf(), r.cutoff(), r.elapsed(), r.baseline(), r.latest(),
                        r.cumulative(), r.target(), r.targetMax(), r.comparator(), r.progress(), r.status(),
                        r.projected(), r.willMeet(), r.areasMet(), r.areasTotal(), r.indicatorName(), r.section(),
                        r.kind(), r.unit(), r.statusZh(), r.yoyChange())
                .map(MidtermCsv::field).collect(Collectors.joining(","));
    }

    private static String field(Object value) {
        if (value == null) {
            return "";
        }
        String text = value instanceof BigDecimal number ? plain(number) : value.toString();
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }

    private static String plain(BigDecimal number) {
        return number.signum() == 0 ? "0" : number.stripTrailingZeros().toPlainString();
    }
}
