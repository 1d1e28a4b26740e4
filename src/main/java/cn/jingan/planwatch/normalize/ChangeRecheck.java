package cn.jingan.planwatch.normalize;

import cn.jingan.planwatch.catalog.Catalog;
import cn.jingan.planwatch.observation.PreviousValues;
import java.util.Set;

/**
 * Gives an accepted return its change warnings (the 5× jump, the year-to-date sum) anew against other earlier
 * values, such as those of returns accepted before it in the same run; its other findings stay as they were.
 */
public final class ChangeRecheck {

    private static final Set<String> CHANGE_CODES = Set.of(FindingCodes.VALUE_JUMP, FindingCodes.YTD_MISMATCH,
            FindingCodes.TOO_MANY_WARNINGS);

    private final Catalog catalog;

    public ChangeRecheck(Catalog catalog) {
        this.catalog = catalog;
    }

    public ValidatedReturn against(ValidatedReturn accepted, PreviousValues previous) {
        FindingList findings = new FindingList(ReturnValidator.MAX_FINDINGS);
        for (Finding finding : accepted.findings()) {
            if (finding.isError()) {
                findings.error(finding.code(), finding.sheet(), finding.cell(), finding.messageZh());
            } else if (!CHANGE_CODES.contains(finding.code())) {
                findings.warning(finding.code(), finding.sheet(), finding.cell(), finding.messageZh());
            }
        }
        new ChangeWarnings(catalog, previous).check(accepted.observations(), findings);
        return new ValidatedReturn(accepted.file(), accepted.sheet(), accepted.periodCode(), accepted.observations(),
                findings.toList());
    }
}
