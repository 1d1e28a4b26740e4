package cn.jingan.planwatch.normalize;

import cn.jingan.planwatch.catalog.Indicator;
import cn.jingan.planwatch.catalog.Units;
import cn.jingan.planwatch.excel.SheetCell;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * The factor from a row's unit into the indicator's catalog unit: the row's unit cell, else the unit in the
 * value column's header, else the catalog unit itself.
 */
final class UnitCheck {

    private final String sheet;
    private final FindingList findings;

    UnitCheck(String sheet, FindingList findings) {
        this.sheet = sheet;
        this.findings = findings;
    }

    /** @return the factor, or null after reporting a unit that does not convert */
    BigDecimal factor(Indicator indicator, SheetCell unitCell, ColumnHead head) {
        if (unitCell != null && !unitCell.isBlank()) {
            return factor(indicator, unitCell.text(), unitCell.ref(), "计量单位");
        }
        if (head != null && !head.unit().isEmpty()) {
            return factor(indicator, head.unit(), head.cell(), "表头单位");
        }
        return BigDecimal.ONE;
    }

    private BigDecimal factor(Indicator indicator, String given, String cell, String what) {
        Optional<BigDecimal> factor = Units.factor(given, indicator.unit());
        if (factor.isEmpty()) {
            findings.error(FindingCodes.UNKNOWN_UNIT, sheet, cell, what + "“" + given.strip() + "”无法换算为"
                    + Wording.indicator(indicator) + "的计量单位“" + indicator.unit() + "”，请改为“"
                    + indicator.unit() + "”并按此单位填写数值。");
            return null;
        }
        return factor.get();
    }
}
