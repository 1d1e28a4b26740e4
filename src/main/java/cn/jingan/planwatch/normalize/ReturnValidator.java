package cn.jingan.planwatch.normalize;

import cn.jingan.planwatch.catalog.Bureau;
import cn.jingan.planwatch.catalog.Catalog;
import cn.jingan.planwatch.catalog.Period;
import cn.jingan.planwatch.catalog.PeriodLabel;
import cn.jingan.planwatch.observation.Observation;
import cn.jingan.planwatch.observation.PreviousValues;
import java.util.List;
import java.util.Optional;

/**
 * Validates a laid-out return against the catalog (spec section 1): the file's bureau and period, then
 * every row. All errors are collected, capped at {@value #MAX_FINDINGS}; any error rejects the file whole.
 */
public final class ReturnValidator {

    /** At most this many errors (and as many warnings) are listed, then a closing note. */
    public static final int MAX_FINDINGS = 200;

    private final Catalog catalog;
    private final PreviousValues previous;
    private final BureauCheck bureaus;
    private final AreaCheck areas;

    public ReturnValidator(Catalog catalog, PreviousValues previous) {
        this.catalog = catalog;
        this.previous = previous;
        this.bureaus = new BureauCheck(catalog);
        this.areas = new AreaCheck(catalog);
    }

    public ValidatedReturn validate(ReturnFile file, ReturnSheet sheet) {
        FindingList findings = new FindingList(MAX_FINDINGS);
        Optional<Bureau> bureau = bureaus.check(file, sheet, findings);
        Optional<PeriodLabel> label = PeriodCheck.check(sheet, findings);
        List<Observation> observations = new RowValidator(catalog, areas, file, sheet, bureau.orElse(null),
                label.orElse(null), findings).validateAll();
        if (observations.isEmpty() && !findings.hasErrors()) {
            findings.warning(FindingCodes.NO_VALUES, sheet.name(), null,
                    "表中没有任何填报数值（全部为空或“—”），本表不改变已有数据；如有数据漏填，请补填后重新报送。");
        }
        new ChangeWarnings(catalog, previous).check(observations, findings);
        String periodCode = label.map(l -> new Period(l.granularity(), l.year(), l.index()).code()).orElse(null);
        return new ValidatedReturn(file, sheet.name(), periodCode,
                findings.hasErrors() ? List.of() : List.copyOf(observations), findings.toList());
    }

    /** A file whose workbook held no table: rejected, naming the header labels looked for. */
    public static ValidatedReturn noTable(ReturnFile file) {
        return rejected(file, FindingCodes.NO_TABLE, "未找到数据表。请在可见工作表的前 " + ReturnLayout.HEADER_SEARCH_ROWS
                + " 行内放一行表头，含“指标编码”（或“指标代码”“编码”）和“本期值”（或“本期数”“本期”“数值”）两列，"
                + "表头下方逐行填写数据。");
    }

    /** A file rejected whole for one reason, without sheet or cell. */
    public static ValidatedReturn rejected(ReturnFile file, String code, String messageZh) {
        return new ValidatedReturn(file, null, null, List.of(), List.of(Finding.error(code, null, null, messageZh)));
    }
}
