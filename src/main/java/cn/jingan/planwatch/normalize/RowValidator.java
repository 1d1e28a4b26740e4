package cn.jingan.planwatch.normalize;

import cn.jingan.planwatch.catalog.Area;
import cn.jingan.planwatch.catalog.Bureau;
import cn.jingan.planwatch.catalog.Catalog;
import cn.jingan.planwatch.catalog.Indicator;
import cn.jingan.planwatch.catalog.Labels;
import cn.jingan.planwatch.catalog.Period;
import cn.jingan.planwatch.catalog.PeriodLabel;
import cn.jingan.planwatch.excel.CellKind;
import cn.jingan.planwatch.excel.CellRefs;
import cn.jingan.planwatch.excel.SheetCell;
import cn.jingan.planwatch.excel.SheetRow;
import cn.jingan.planwatch.observation.Observation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Checks the data rows of one return and turns the clean ones into observations. One instance per file. */
final class RowValidator {

    private final Catalog catalog;
    private final AreaCheck areas;
    private final UnitCheck units;
    private final ReturnFile file;
    private final ReturnSheet sheet;
    private final Bureau bureau;
    private final PeriodLabel label;
    private final FindingList findings;
    private final ColumnHead valueHead;
    private final ColumnHead ytdHead;
    private final int codeColumn;
    private final int unitColumn;
    private final int areaColumn;
    private final Map<String, Integer> firstRowOfKey = new HashMap<>();
    private final List<Observation> observations = new ArrayList<>();

    /**
     * @param bureau the folder's bureau, or null when the folder is not registered (ownership is not checked)
     * @param label  the return's 报告期, or null when it was missing or unreadable (no period is resolved)
     */
    RowValidator(Catalog catalog, AreaCheck areas, ReturnFile file, ReturnSheet sheet, Bureau bureau,
                 PeriodLabel label, FindingList findings) {
        this.catalog = catalog;
        this.areas = areas;
        this.units = new UnitCheck(sheet.name(), findings);
        this.file = file;
        this.sheet = sheet;
        this.bureau = bureau;
        this.label = label;
        this.findings = findings;
        TableHeader table = sheet.table();
        this.valueHead = table.columns().get(TableColumn.VALUE);
        this.ytdHead = table.columns().get(TableColumn.YTD);
        this.codeColumn = table.columns().get(TableColumn.CODE).column();
        this.unitColumn = table.column(TableColumn.UNIT).map(ColumnHead::column).orElse(-1);
        this.areaColumn = table.column(TableColumn.AREA).map(ColumnHead::column).orElse(-1);
    }

    /** Checks every row; returns the observations of rows without errors. */
    List<Observation> validateAll() {
        for (SheetRow row : sheet.rows()) {
            validate(row);
        }
        return observations;
    }

    private void validate(SheetRow row) {
        SheetCell valueCell = cellAt(row, valueHead.column());
        SheetCell ytdCell = ytdHead == null ? null : cellAt(row, ytdHead.column());
        CellValue value = CellValues.read(valueCell);
        CellValue ytd = CellValues.read(ytdCell);
        SheetCell codeCell = cellAt(row, codeColumn);
        String codeRef = CellRefs.ref(codeColumn, row.number());
        String code = codeCell == null ? "" : Labels.normalize(codeCell.text());
        if (code.isEmpty()) {
            if (value.kind() != CellValue.Kind.NOT_REPORTED || ytd.kind() != CellValue.Kind.NOT_REPORTED) {
                findings.error(FindingCodes.MISSING_CODE, sheet.name(), codeRef,
                        "此行填了数值但没有指标编码，请补填指标编码（如 I01），或删除此行。");
            }
            return;
        }
        Optional<Indicator> found = catalog.indicator(code);
        if (found.isEmpty()) {
            findings.error(FindingCodes.UNKNOWN_INDICATOR, sheet.name(), codeRef, "指标编码“" + code
                    + "”不在指标目录中，请核对编码（如 I01），或删除此行。");
            return;
        }
        Indicator indicator = found.get();
        if (bureau != null && !indicator.owner().equals(bureau.code())) {
            String owner = catalog.bureau(indicator.owner()).map(Bureau::nameZh).orElse(indicator.owner());
            findings.error(FindingCodes.NOT_OWNER, sheet.name(), codeRef, Wording.indicator(indicator) + "由"
                    + owner + "填报，不属于" + bureau.nameZh() + "，请删除此行。");
            return;
        }
        Period period = period(indicator, codeRef);
        Area area = area(indicator, row, codeRef);
        boolean unique = area == null || firstOccurrence(indicator, area, row, codeRef);
        boolean valuesRead = readable(value, valueCell, valueHead, row) & readable(ytd, ytdCell, ytdHead, row);
        if (!value.isNumber() && !ytd.isNumber()) {
            return;
        }
        SheetCell unitCell = unitColumn < 0 ? null : cellAt(row, unitColumn);
        BigDecimal valueFactor = value.isNumber() ? units.factor(indicator, unitCell, valueHead) : BigDecimal.ONE;
        BigDecimal ytdFactor = !ytd.isNumber() ? BigDecimal.ONE
                : unitCell != null && !unitCell.isBlank() && value.isNumber() ? valueFactor
                : units.factor(indicator, unitCell, ytdHead);
        if (period == null || area == null || !unique || !valuesRead || valueFactor == null || ytdFactor == null) {
            return;
        }
        emit(indicator, period, area, row, in(indicator, value, valueFactor), in(indicator, ytd, ytdFactor));
    }

    private void emit(Indicator indicator, Period period, Area area, SheetRow row, BigDecimal value, BigDecimal ytd) {
        String valueRef = CellRefs.ref(valueHead.column(), row.number());
        String ytdRef = ytdHead == null ? null : CellRefs.ref(ytdHead.column(), row.number());
        if (!label.yearToDate()) {
            add(indicator, period, area, Observation.PERIOD, value, valueRef);
            add(indicator, period, area, Observation.YTD, ytd, ytdRef);
            return;
        }
        if (value != null && ytd != null && value.compareTo(ytd) != 0) {
            findings.error(FindingCodes.YTD_CONFLICT, sheet.name(), ytdRef, "本表报告期" + label.display()
                    + "为累计期，本期值就是本年累计；但本年累计 " + Wording.number(ytd) + " 与本期值 " + Wording.number(value)
                    + " 不一致，请核对后只保留一个数值。");
            return;
        }
        add(indicator, period, area, Observation.YTD, value != null ? value : ytd, value != null ? valueRef : ytdRef);
    }

    private void add(Indicator indicator, Period period, Area area, String measure, BigDecimal value, String cell) {
        if (value == null) {
            return;
        }
        BigDecimal stored = Decimals.stored(value);
        if (stored == null) {
            findings.error(FindingCodes.BAD_VALUE, sheet.name(), cell, "数值 " + Wording.number(value) + "（"
                    + indicator.unit() + "）过大，超出可存储的范围（整数部分最多 " + Decimals.MAX_INTEGER_DIGITS
                    + " 位），请核对计量单位和数值。");
            return;
        }
        if (stored.signum() == 0 && value.signum() != 0) {
            findings.error(FindingCodes.ROUNDS_TO_ZERO, sheet.name(), cell, "数值 " + Wording.number(value) + "（"
                    + indicator.unit() + "）不为零，但只能保留 " + Decimals.SCALE + " 位小数，保存后会变成 0。"
                    + "请核对计量单位和数值（是否应换用更小的单位或填写有误）后重新报送。");
            return;
        }
        observations.add(new Observation(indicator.code(), period.code(), area.code(), measure, stored,
                indicator.unit(), file.bureauCode(), file.fileName(), file.sha256(), sheet.name(), cell,
                file.receivedAt(), null));
    }

    private static BigDecimal in(Indicator indicator, CellValue value, BigDecimal factor) {
        return value.isNumber() ? Decimals.plain(value.numberFor(indicator.unit()).multiply(factor)) : null;
    }

    private Period period(Indicator indicator, String codeRef) {
        if (label == null) {
            return null;
        }
        Optional<Period> period = label.resolve(indicator.frequency());
        if (period.isEmpty()) {
            findings.error(FindingCodes.WRONG_FREQUENCY, sheet.name(), codeRef, "本表报告期为"
                    + Wording.periodKind(label) + "（" + label.display() + "），但" + Wording.indicator(indicator) + "为"
                    + Wording.frequency(indicator.frequency()) + "指标，请把此行移到" + Wording.frequency(indicator.frequency())
                    + "报表中填报，或删除此行。");
            return null;
        }
        return period.get();
    }

    private Area area(Indicator indicator, SheetRow row, String codeRef) {
        if (areaColumn < 0) {
            return areas.check(indicator, "", codeRef, true, sheet.name(), findings).orElse(null);
        }
        SheetCell cell = cellAt(row, areaColumn);
        String given = cell == null || cell.isBlank() ? "" : cell.text();
        return areas.check(indicator, given, CellRefs.ref(areaColumn, row.number()), false, sheet.name(), findings)
                .orElse(null);
    }

    private boolean firstOccurrence(Indicator indicator, Area area, SheetRow row, String codeRef) {
        Integer first = firstRowOfKey.putIfAbsent(indicator.code() + '|' + area.code(), row.number());
        if (first == null) {
            return true;
        }
        String where = area.isDistrict() ? "" : "（" + area.nameZh() + "）";
        findings.error(FindingCodes.DUPLICATE_KEY, sheet.name(), codeRef, Wording.indicator(indicator) + where
                + "已在本表第 " + first + " 行填报，同一指标同一区域只能填一行，请删除或合并重复的行。");
        return false;
    }

    private boolean readable(CellValue value, SheetCell cell, ColumnHead head, SheetRow row) {
        if (!value.isInvalid()) {
            return true;
        }
        String ref = cell != null ? cell.ref() : CellRefs.ref(head.column(), row.number());
        if (value.kind() == CellValue.Kind.UNCALCULATED) {
            findings.error(FindingCodes.NO_FORMULA_RESULT, sheet.name(), ref, "公式没有计算结果（文件保存时未计算公式，常见于程序生成的文件"
                    + "或设为手动计算后保存的文件），无法读出此格的数值。请在 Excel 中打开、重新计算并保存后重新报送。");
            return false;
        }
        boolean errorCell = cell != null && cell.kind() == CellKind.ERROR;
        findings.error(FindingCodes.BAD_VALUE, sheet.name(), ref, errorCell
                ? "此格显示错误“" + value.text() + "”，请检查公式或直接填写数值。"
                : "“" + value.text() + "”不是有效数值，请只填写数字（如 1234.5）；未填报的请填“—”或留空。");
        return false;
    }

    private static SheetCell cellAt(SheetRow row, int column) {
        for (SheetCell cell : row.cells()) {
            if (cell.column() == column) {
                return cell;
            }
            if (cell.column() > column) {
                return null;
            }
        }
        return null;
    }
}
