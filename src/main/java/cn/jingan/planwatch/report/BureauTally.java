package cn.jingan.planwatch.report;

import cn.jingan.planwatch.warehouse.SubmissionStatusRow;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** One bureau's returns owed so far: how many came on time, late, are missing or not yet due, and which are missing. */
public record BureauTally(String bureauCode, String bureauName, long received, long late, long missing, long notDue,
                          List<String> missingPeriods) {

    /** The tally of every bureau in {@code rows}, in their order. */
    public static List<BureauTally> of(List<SubmissionStatusRow> rows) {
        Map<String, List<SubmissionStatusRow>> byBureau = rows.stream().collect(
                Collectors.groupingBy(SubmissionStatusRow::bureauCode, LinkedHashMap::new, Collectors.toList()));
        return byBureau.values().stream().map(BureauTally::tally).toList();
    }

    private static BureauTally tally(List<SubmissionStatusRow> rows) {
        SubmissionStatusRow first = rows.get(0);
        return new BureauTally(first.bureauCode(), first.bureauName(), count(rows, "received"), count(rows, "late"),
                count(rows, "missing"), count(rows, "not_due"), rows.stream()
                .filter(r -> r.status().equals("missing")).map(SubmissionStatusRow::periodCode).toList());
    }

    private static long count(List<SubmissionStatusRow> rows, String status) {
        return rows.stream().filter(r -> r.status().equals(status)).count();
    }
}
