package cn.jingan.planwatch.report;

import cn.jingan.planwatch.warehouse.LineageRow;
import cn.jingan.planwatch.warehouse.MidtermRow;
import cn.jingan.planwatch.warehouse.SectionSummaryRow;
import cn.jingan.planwatch.warehouse.SubmissionStatusRow;
import cn.jingan.planwatch.warehouse.WarehouseReader;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything the evaluation workbook and the dashboard show, read from the warehouse at one evaluation date and
 * knowledge time.
 *
 * @param rows the mid-term evaluation: every indicator in the district and, for per-area ones, in every area
 * @param history the evaluation at each half-year end up to {@code asOf}, each with what was known that day
 */
public record Evaluation(LocalDate asOf, Instant knownAt, List<MidtermRow> rows, List<MidtermRow> history,
                         List<SectionSummaryRow> sections, List<SubmissionStatusRow> submissions,
                         List<LineageRow> lineage, Map<String, String> areaNames, ZoneId zone) {

    /** Reads the evaluation at {@code asOf}, with the versions known at {@code knownAt}. */
    public static Evaluation read(WarehouseReader reader, LocalDate asOf, Instant knownAt) {
        return new Evaluation(asOf, knownAt, reader.midterm(asOf, knownAt), reader.midtermHistory(asOf, knownAt),
                reader.sectionSummary(asOf, knownAt), reader.submissionStatus(asOf), reader.lineage(asOf, knownAt),
                reader.areaNames(), reader.planZone());
    }

    /** The district row (JA) of every indicator, in code order. */
    public List<MidtermRow> districtRows() {
        return rows.stream().filter(r -> r.areaCode().equals(DISTRICT)).toList();
    }

    /** The district rows of one plan section. */
    public List<MidtermRow> districtRows(String section) {
        return districtRows().stream().filter(r -> r.section().equals(section)).toList();
    }

    /** The rows of per-area indicators in each street and the town. */
    public List<MidtermRow> areaRows() {
        return rows.stream().filter(r -> !r.areaCode().equals(DISTRICT)).toList();
    }

    /** The latest data cut-off of any indicator: the newest period the evaluation reads. */
    public LocalDate cutoff() {
        return rows.stream().map(MidtermRow::cutoff).filter(Objects::nonNull).filter(d -> !d.isAfter(asOf))
                .max(Comparator.naturalOrder()).orElse(null);
    }

    /** The path of one indicator's district figure over the half-year ends and the evaluation date. */
    public IndicatorPath path(MidtermRow district) {
        return IndicatorPath.of(district, history);
    }

    /** The code of the district row. */
    public static final String DISTRICT = "JA";
}
