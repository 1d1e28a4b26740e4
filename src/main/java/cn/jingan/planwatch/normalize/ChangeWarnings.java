package cn.jingan.planwatch.normalize;

import cn.jingan.planwatch.catalog.Catalog;
import cn.jingan.planwatch.catalog.Indicator;
import cn.jingan.planwatch.catalog.Period;
import cn.jingan.planwatch.observation.Observation;
import cn.jingan.planwatch.observation.PreviousValues;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Warnings that compare a value with earlier ones (in the same file first, else as already held):
 * a value at least 5× or at most 1/5 of the previous period's, and a year-to-date that disagrees with
 * the previous year-to-date plus this period's increment.
 */
final class ChangeWarnings {

    static final BigDecimal JUMP_FACTOR = BigDecimal.valueOf(5);

    private final Catalog catalog;
    private final PreviousValues previous;

    ChangeWarnings(Catalog catalog, PreviousValues previous) {
        this.catalog = catalog;
        this.previous = previous;
    }

    void check(List<Observation> observations, FindingList findings) {
        Map<String, BigDecimal> inFile = new HashMap<>(observations.size() * 2);
        for (Observation o : observations) {
            inFile.put(key(o.indicatorCode(), o.periodCode(), o.areaCode(), o.measure()), o.value());
        }
        for (Observation o : observations) {
            Period period = Period.parse(o.periodCode());
            jump(o, period, inFile, findings);
            catalog.indicator(o.indicatorCode()).filter(i -> i.kind() == Indicator.Kind.FLOW)
                    .filter(i -> Observation.YTD.equals(o.measure()))
                    .ifPresent(i -> yearToDate(o, period, inFile, findings));
        }
    }

    private void jump(Observation o, Period period, Map<String, BigDecimal> inFile, FindingList findings) {
        Period before = Periods.previous(period);
        if (Observation.YTD.equals(o.measure()) && before.year() != period.year()) {
            return;
        }
        Optional<BigDecimal> earlier = known(o, before, o.measure(), inFile);
        if (earlier.isEmpty() || earlier.get().signum() <= 0 || o.value().signum() < 0) {
            return;
        }
        BigDecimal was = earlier.get();
        boolean up = o.value().compareTo(was.multiply(JUMP_FACTOR)) >= 0;
        boolean down = o.value().multiply(JUMP_FACTOR).compareTo(was) <= 0;
        if (up || down) {
            findings.warning(FindingCodes.VALUE_JUMP, o.sourceSheet(), o.sourceCell(), "指标 " + o.indicatorCode()
                    + " " + Wording.measure(o.measure()) + " " + Wording.number(o.value()) + (up ? " 达到" : " 不足")
                    + "上期（" + before.code() + "）" + Wording.number(was) + (up ? " 的 5 倍" : " 的五分之一")
                    + "，请核实数值和计量单位是否填对。");
        }
    }

    private void yearToDate(Observation o, Period period, Map<String, BigDecimal> inFile, FindingList findings) {
        Optional<BigDecimal> increment = known(o, period, Observation.PERIOD, inFile);
        if (increment.isEmpty()) {
            return;
        }
        BigDecimal expected = increment.get();
        String basis = "本期值 " + Wording.number(expected);
        if (!Periods.opensYear(period)) {
            Period before = Periods.previous(period);
            Optional<BigDecimal> earlierYtd = known(o, before, Observation.YTD, inFile);
            if (earlierYtd.isEmpty()) {
                return;
            }
            expected = earlierYtd.get().add(increment.get());
            basis = "上期（" + before.code() + "）本年累计 " + Wording.number(earlierYtd.get()) + " 加本期值 "
                    + Wording.number(increment.get()) + " 之和 " + Wording.number(expected);
        }
        if (o.value().compareTo(expected) != 0) {
            findings.warning(FindingCodes.YTD_MISMATCH, o.sourceSheet(), o.sourceCell(), "指标 " + o.indicatorCode()
                    + " 本年累计 " + Wording.number(o.value()) + " 与" + basis + "不一致，请核实本年累计和各期数值。");
        }
    }

    private Optional<BigDecimal> known(Observation o, Period period, String measure, Map<String, BigDecimal> inFile) {
        BigDecimal here = inFile.get(key(o.indicatorCode(), period.code(), o.areaCode(), measure));
        return here != null ? Optional.of(here) : previous.value(o.indicatorCode(), period.code(), o.areaCode(), measure);
    }

    private static String key(String indicator, String period, String area, String measure) {
        return indicator + '|' + period + '|' + area + '|' + measure;
    }
}
