package cn.jingan.planwatch.normalize;

import cn.jingan.planwatch.catalog.Area;
import cn.jingan.planwatch.catalog.Catalog;
import cn.jingan.planwatch.catalog.Indicator;
import java.util.Optional;

/**
 * The area a row reports for: per-area indicators need a street or the town (code or name); the others
 * are the district's ({@code JA}), where a blank area means the district and a street is an error.
 */
final class AreaCheck {

    private final Catalog catalog;
    private final Area district;

    AreaCheck(Catalog catalog) {
        this.catalog = catalog;
        this.district = catalog.area(Area.DISTRICT).orElseThrow();
    }

    /**
     * @param given    the area cell's text, blank when none
     * @param cell     the area cell to fix (or the code cell when the table has no area column)
     * @param noColumn true when the table has no area column at all
     * @return the area, or empty after reporting why not
     */
    Optional<Area> check(Indicator indicator, String given, String cell, boolean noColumn, String sheet,
                         FindingList findings) {
        boolean blank = given == null || given.isBlank();
        if (indicator.perArea()) {
            return blank ? required(indicator, cell, noColumn, sheet, findings)
                    : perArea(indicator, given, cell, sheet, findings);
        }
        return blank ? Optional.of(district) : districtOnly(indicator, given, cell, sheet, findings);
    }

    private Optional<Area> perArea(Indicator indicator, String given, String cell, String sheet,
                                   FindingList findings) {
        Optional<Area> area = known(given, cell, sheet, findings);
        if (area.isPresent() && area.get().isDistrict()) {
            findings.error(FindingCodes.AREA_REQUIRED, sheet, cell, Wording.indicator(indicator)
                    + "须按街道（镇）分别填报，不能填“" + given.strip() + "”；请改为具体街道（镇），全区合计行请删除。");
            return Optional.empty();
        }
        return area;
    }

    private Optional<Area> required(Indicator indicator, String cell, boolean noColumn, String sheet,
                                    FindingList findings) {
        findings.error(FindingCodes.AREA_REQUIRED, sheet, cell, Wording.indicator(indicator)
                + "须按街道（镇）分别填报，" + (noColumn ? "表中缺少“区域”列，请增加“区域”列并逐行填写街道（镇）名称或代码。"
                : "请在此格填写街道（镇）名称或代码，如“静安寺街道”或“JAS”。"));
        return Optional.empty();
    }

    private Optional<Area> districtOnly(Indicator indicator, String given, String cell, String sheet,
                                        FindingList findings) {
        Optional<Area> area = known(given, cell, sheet, findings);
        if (area.isPresent() && !area.get().isDistrict()) {
            findings.error(FindingCodes.AREA_NOT_ALLOWED, sheet, cell, Wording.indicator(indicator)
                    + "按全区填报，不分街道（镇），请清空此格或填“静安区”。");
            return Optional.empty();
        }
        return area;
    }

    private Optional<Area> known(String given, String cell, String sheet, FindingList findings) {
        Optional<Area> area = catalog.area(given);
        if (area.isEmpty()) {
            findings.error(FindingCodes.UNKNOWN_AREA, sheet, cell, "区域“" + given.strip()
                    + "”不在区域目录中，请填写全称或代码，如“静安寺街道”“JAS”“彭浦镇”。");
        }
        return area;
    }
}
