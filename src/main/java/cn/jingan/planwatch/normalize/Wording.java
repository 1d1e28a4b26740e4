package cn.jingan.planwatch.normalize;

import cn.jingan.planwatch.catalog.Frequency;
import cn.jingan.planwatch.catalog.Indicator;
import cn.jingan.planwatch.catalog.PeriodLabel;
import cn.jingan.planwatch.observation.Observation;
import java.math.BigDecimal;

/** How findings name things to a clerk. */
final class Wording {
    private Wording() {}

    static String frequency(Frequency frequency) {
        return switch (frequency) {
            case ANNUAL -> "年度";
            case QUARTERLY -> "季度";
            case MONTHLY -> "月度";
        };
    }

    static String periodKind(PeriodLabel label) {
        return label.yearToDate() ? "本年累计（1-" + label.index() + "月）" : frequency(label.granularity());
    }

    static String indicator(Indicator indicator) {
        return "指标 " + indicator.code() + "（" + indicator.nameZh() + "）";
    }

    static String measure(String measure) {
        return Observation.YTD.equals(measure) ? "本年累计" : "本期值";
    }

    static String number(BigDecimal value) {
        return Decimals.plain(value).toPlainString();
    }
}
