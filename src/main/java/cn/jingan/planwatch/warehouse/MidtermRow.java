package cn.jingan.planwatch.warehouse;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One row of {@code midterm_progress(as_of, known_at)}: an indicator judged in one area. */
public record MidtermRow(String indicatorCode, String areaCode, LocalDate asOf, LocalDate cutoff,
                         BigDecimal elapsed, BigDecimal baseline, BigDecimal latest, BigDecimal cumulative,
                         BigDecimal target, BigDecimal targetMax, String comparator, BigDecimal progress,
                         String status, BigDecimal projected, Boolean willMeet, Long areasMet, Long areasTotal,
                         String indicatorName, String section, String kind, String unit, String statusZh,
                         BigDecimal yoyChange) {
}
