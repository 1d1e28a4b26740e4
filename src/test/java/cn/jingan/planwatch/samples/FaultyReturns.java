package cn.jingan.planwatch.samples;

import cn.jingan.planwatch.catalog.Period;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The returns that test the pipeline's judgement: five bad files (each resent correctly later), one
 * revision of a single row, and the name of an exact duplicate. Each bad file arrives a day before the
 * good return of the same period.
 */
final class FaultyReturns {

    /** The return whose bytes are sent twice, and the name of the second copy. */
    static final String DUPLICATED = "market/market_2023-Q3.xlsx";
    static final String DUPLICATE = "market/market_2023-Q3_resend.xlsx";
    static final Duration DUPLICATE_DELAY = Duration.ofDays(6).plusHours(2);

    /** Housing's revision of I16 for 2023-Q4, sent after a check against the completion certificates. */
    static final BigDecimal HOUSING_2023_Q4_CORRECTED = new BigDecimal("23.60");

    private static final Duration AHEAD_OF_THE_GOOD_ONE = Duration.ofHours(26);

    private final List<SampleReturn> regular;

    FaultyReturns(List<SampleReturn> regular) {
        this.regular = regular;
    }

    /** The bad files and the revision. */
    List<SampleReturn> returns() {
        List<SampleReturn> faulty = new ArrayList<>();
        faulty.add(early(find("market", Period.quarter(2024, 1)))
                .withFileName("bad-other-bureau_2024-Q1.xlsx")
                .withReportingUnit("区商务委"));
        SampleReturn housing = find("housing", Period.quarter(2024, 1));
        faulty.add(early(housing).withFileName("bad-unknown-unit_2024-Q1.xlsx")
                .withRows(housing.rows().stream().map(r -> r.code().equals("I16")
                        ? r.withUnit("套").withValue(Entry.number(new BigDecimal("2150"))) : r).toList()));
        SampleReturn scitech = find("scitech", Period.quarter(2024, 1));
        faulty.add(early(scitech).withFileName("bad-approximate-value_2024-Q1.xlsx")
                .withRows(scitech.rows().stream().map(r -> r.code().equals("I14")
                        ? r.withValue(Entry.text("约300")) : r).toList()));
        SampleReturn commerce = find("commerce", Period.month(2024, 3));
        List<ReturnRow> withQuarterly = new ArrayList<>(commerce.rows());
        withQuarterly.add(new ReturnRow("I01", "全球服务机构数", "家", Entry.number(BigDecimal.valueOf(95)),
                Entry.blank(), "", ""));
        faulty.add(early(commerce).withFileName("bad-quarterly-in-monthly_2024-M03.xlsx").withRows(withQuarterly));
        SampleReturn construction = find("construction", Period.quarter(2024, 1));
        List<ReturnRow> twice = new ArrayList<>(construction.rows());
        twice.add(construction.rows().get(0));
        faulty.add(early(construction).withFileName("bad-duplicate-row_2024-Q1.xlsx").withRows(twice));
        faulty.add(revision());
        return faulty;
    }

    /** Housing resends 2023-Q4 in March 2024 with the one corrected row. */
    private SampleReturn revision() {
        SampleReturn original = find("housing", Period.quarter(2023, 4));
        ReturnRow corrected = original.rows().stream().filter(r -> r.code().equals("I16")).findFirst().orElseThrow()
                .withValue(Entry.number(HOUSING_2023_Q4_CORRECTED))
                .withNote("更正：原报" + ReturnPlanner.HOUSING_2023_Q4_FIRST_SENT.toPlainString() + "，漏报彭浦新村两个小区");
        return original.withFileName("housing_2023-Q4_revised.xlsx")
                .withRows(List.of(corrected))
                .withReceivedAt(java.time.Instant.parse("2024-03-20T02:15:00Z"));
    }

    private static SampleReturn early(SampleReturn good) {
        return good.withReceivedAt(good.receivedAt().minus(AHEAD_OF_THE_GOOD_ONE));
    }

    private SampleReturn find(String bureau, Period period) {
        return regular.stream().filter(r -> r.bureau().equals(bureau) && r.period().equals(period))
                .findFirst().orElseThrow(() -> new IllegalStateException("no regular return " + bureau + " " + period));
    }
}
