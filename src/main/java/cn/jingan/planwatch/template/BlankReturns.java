package cn.jingan.planwatch.template;

import cn.jingan.planwatch.catalog.Area;
import cn.jingan.planwatch.catalog.Bureau;
import cn.jingan.planwatch.catalog.Catalog;
import cn.jingan.planwatch.catalog.Frequency;
import cn.jingan.planwatch.catalog.Indicator;
import cn.jingan.planwatch.catalog.Period;
import cn.jingan.planwatch.excel.BlankForm;
import cn.jingan.planwatch.observation.Observation;
import cn.jingan.planwatch.observation.PreviousValues;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What a bureau owes for a period, as a blank form: its indicators of the period's frequency whose plan window
 * the period falls in, one row per street or town for the per-area ones, each with the previous period's value.
 */
public final class BlankReturns {

    private final Catalog catalog;
    private final PreviousValues previous;

    /** @param previous the values held, read for the period before the one asked */
    public BlankReturns(Catalog catalog, PreviousValues previous) {
        this.catalog = catalog;
        this.previous = previous;
    }

    /** The blank return, or empty when the bureau owes nothing for the period. */
    public Optional<BlankForm> of(Bureau bureau, Period period) {
        List<Indicator> owed = owed(bureau, period);
        if (owed.isEmpty()) {
            return Optional.empty();
        }
        Area district = catalog.area(Area.DISTRICT).orElseThrow();
        String before = period.previous().code();
        List<BlankForm.Row> rows = new ArrayList<>();
        for (Indicator indicator : owed) {
            List<Area> areas = indicator.perArea()
                    ? catalog.areas().stream().filter(a -> !a.isDistrict()).toList() : List.of(district);
            for (Area area : areas) {
                rows.add(new BlankForm.Row(indicator.code(), indicator.nameZh(), area.nameZh(), indicator.unit(),
                        rule(indicator), previous.value(indicator.code(), before, area.code(), Observation.PERIOD)
                        .orElse(null)));
            }
        }
        LocalDate due = period.endDate().plusDays(owed.stream().mapToInt(Indicator::dueDays).max().orElseThrow());
        return Optional.of(new BlankForm("静安区“十四五”规划指标" + kindOf(period.frequency()), bureau.nameZh(),
                period.labelZh(), "上期值（" + period.previous().labelZh() + "，仅供参考）", rows,
                ClerkInstructions.footnote(bureau), ClerkInstructions.lines(bureau, period, due)));
    }

    /** The bureau's indicators of the period's frequency whose plan window the period overlaps. */
    List<Indicator> owed(Bureau bureau, Period period) {
        return catalog.indicatorsOwnedBy(bureau.code()).stream()
                .filter(i -> i.frequency() == period.frequency())
                .filter(i -> !period.endDate().isBefore(i.windowStart()) && !period.startDate().isAfter(i.windowEnd()))
                .toList();
    }

    /** Ranks are whole numbers from 1; counts, areas and amounts (stocks and flows) are never negative. */
    static BlankForm.ValueRule rule(Indicator indicator) {
        return switch (indicator.kind()) {
            case RANK -> BlankForm.ValueRule.WHOLE_FROM_ONE;
            case STOCK, FLOW -> BlankForm.ValueRule.NOT_NEGATIVE;
            case LEVEL -> BlankForm.ValueRule.ANY_NUMBER;
        };
    }

    private static String kindOf(Frequency frequency) {
        return switch (frequency) {
            case ANNUAL -> "年报";
            case QUARTERLY -> "季报";
            case MONTHLY -> "月报";
        };
    }
}
