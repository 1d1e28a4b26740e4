package cn.jingan.planwatch.samples;

import cn.jingan.planwatch.catalog.Area;
import cn.jingan.planwatch.catalog.Bureau;
import cn.jingan.planwatch.catalog.Catalog;
import cn.jingan.planwatch.catalog.Frequency;
import cn.jingan.planwatch.catalog.Indicator;
import cn.jingan.planwatch.catalog.Period;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Lays out the regular returns: one per bureau, frequency and period from 2020 to 2024-Q2, holding every
 * indicator the bureau owns of that frequency that has a figure for the period.
 */
final class ReturnPlanner {

    static final Period LAST_MONTH = Period.month(2024, 6);
    static final Period LAST_QUARTER = Period.quarter(2024, 2);
    static final Period LAST_YEAR = Period.annual(2023);

    /** Housing's first report of I16 for 2023-Q4, corrected later by a revision. */
    static final BigDecimal HOUSING_2023_Q4_FIRST_SENT = new BigDecimal("20.40");

    /** Construction's 2022-Q4 本年累计 counts a project finished late in the year that no quarter carried. */
    static final BigDecimal CONSTRUCTION_2022_YTD = new BigDecimal("18.25");

    private final Catalog catalog;
    private final SampleFigures figures;
    private final DeliveryClock clock;

    ReturnPlanner(Catalog catalog, SampleFigures figures, DeliveryClock clock) {
        this.catalog = catalog;
        this.figures = figures;
        this.clock = clock;
    }

    /** Every regular return, bureau by bureau, in period order. */
    List<SampleReturn> regularReturns() {
        List<SampleReturn> returns = new ArrayList<>();
        for (Bureau bureau : catalog.bureaus()) {
            for (Frequency frequency : Frequency.values()) {
                List<Indicator> owned = catalog.indicatorsOwnedBy(bureau.code()).stream()
                        .filter(i -> i.frequency() == frequency).toList();
                if (owned.isEmpty()) {
                    continue;
                }
                for (Period p = first(frequency); p.compareTo(last(frequency)) <= 0; p = p.next()) {
                    returnFor(bureau.code(), owned, p).ifPresent(returns::add);
                }
            }
        }
        return returns;
    }

    private Optional<SampleReturn> returnFor(String bureau, List<Indicator> owned, Period period) {
        List<ReturnRow> rows = new ArrayList<>();
        for (Indicator indicator : owned) {
            if (indicator.perArea()) {
                SampleFigures.SPECIALTIES_BY_AREA.keySet().forEach(area ->
                        rowFor(bureau, indicator, period, area).ifPresent(rows::add));
            } else {
                rowFor(bureau, indicator, period, Area.DISTRICT).ifPresent(rows::add);
            }
        }
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        BureauStyle style = BureauStyles.of(bureau);
        String extension = style.legacyFormat(period.year()) ? ".xls" : ".xlsx";
        int dueDays = owned.get(0).dueDays();
        return Optional.of(new SampleReturn(bureau, period.frequency(), period,
                bureau + "_" + period.code() + extension, style.displayName(), style.periodLabel().apply(period),
                rows, clock.receivedAt(bureau, period, dueDays)));
    }

    private Optional<ReturnRow> rowFor(String bureau, Indicator indicator, Period period, String area) {
        String key = indicator.perArea() ? indicator.code() + "@" + area : indicator.code();
        if (!figures.hasRow(key, period)) {
            return Optional.empty();
        }
        Optional<BigDecimal> value = figures.value(key, period);
        if (bureau.equals("housing") && indicator.code().equals("I16") && period.equals(Period.quarter(2023, 4))) {
            value = Optional.of(HOUSING_2023_Q4_FIRST_SENT);
        }
        Entry valueEntry = value.map(v -> valueEntry(bureau, indicator, period, v)).orElse(Entry.text("—"));
        Entry ytd = bureau.equals("construction") ? constructionYearToDate(key, period) : Entry.blank();
        return Optional.of(new ReturnRow(indicator.code(), indicator.nameZh(), indicator.unit(), valueEntry, ytd,
                areaLabel(bureau, indicator, period, area), ""));
    }

    /** How the bureau writes a value: as it is, as YTD, in 平方米, as a percentage, as text. */
    private Entry valueEntry(String bureau, Indicator indicator, Period period, BigDecimal value) {
        return switch (bureau) {
            case "finance" -> Entry.number(figures.yearToDate(indicator.code(), period));
            case "greening" -> squareMetres(value.multiply(BigDecimal.valueOf(10_000)), period.year());
            case "planning" -> new Entry.Percent(value.movePointLeft(2));
            case "drc" -> period.equals(Period.quarter(2023, 2)) ? Entry.text(fullWidth(value)) : Entry.number(value);
            default -> Entry.number(value);
        };
    }

    private Entry constructionYearToDate(String key, Period period) {
        if (period.equals(Period.quarter(2022, 4))) {
            return Entry.number(CONSTRUCTION_2022_YTD);
        }
        if (period.equals(Period.quarter(2024, 2))) {
            return Entry.text("—");
        }
        return Entry.number(figures.yearToDate(key, period));
    }

    /** Greening copies areas out of another system from 2023 on: numeric text with thousands separators. */
    private static Entry squareMetres(BigDecimal squareMetres, int year) {
        BigDecimal whole = squareMetres.stripTrailingZeros();
        return year >= 2023 ? Entry.text(new DecimalFormat("#,##0.##").format(whole)) : Entry.number(whole);
    }

    private String areaLabel(String bureau, Indicator indicator, Period period, String area) {
        if (!BureauStyles.of(bureau).has(BureauStyle.Kind.AREA)) {
            return "";
        }
        if (!indicator.perArea()) {
            return catalog.area(Area.DISTRICT).orElseThrow().nameZh();
        }
        return period.year() == 2020 ? area : catalog.area(area).orElseThrow().nameZh();
    }

    private static String fullWidth(BigDecimal value) {
        StringBuilder out = new StringBuilder();
        value.toPlainString().chars().forEach(c -> out.append(Character.isDigit(c) ? (char) (c - '0' + '０') : (char) c));
        return out.toString();
    }

    private static Period first(Frequency frequency) {
        return switch (frequency) {
            case ANNUAL -> Period.annual(2020);
            case QUARTERLY -> Period.quarter(2020, 1);
            case MONTHLY -> Period.month(2020, 1);
        };
    }

    private static Period last(Frequency frequency) {
        return Map.of(Frequency.ANNUAL, LAST_YEAR, Frequency.QUARTERLY, LAST_QUARTER, Frequency.MONTHLY, LAST_MONTH)
                .get(frequency);
    }
}
