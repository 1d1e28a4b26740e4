package cn.jingan.planwatch.normalize;

import java.util.ArrayList;
import java.util.List;

/** Collects a return's errors and warnings, each kind capped, with a closing note when some were left out. */
final class FindingList {

    private final int cap;
    private final List<Finding> errors = new ArrayList<>();
    private final List<Finding> warnings = new ArrayList<>();
    private int errorsLeftOut;
    private int warningsLeftOut;

    FindingList(int cap) {
        this.cap = cap;
    }

    void error(String code, String sheet, String cell, String messageZh) {
        if (errors.size() < cap) {
            errors.add(Finding.error(code, sheet, cell, messageZh));
        } else {
            errorsLeftOut++;
        }
    }

    void warning(String code, String sheet, String cell, String messageZh) {
        if (warnings.size() < cap) {
            warnings.add(Finding.warning(code, sheet, cell, messageZh));
        } else {
            warningsLeftOut++;
        }
    }

    boolean hasErrors() {
        return !errors.isEmpty();
    }

    /** Errors first, then warnings; a note closes each list that was cut short. */
    List<Finding> toList() {
        List<Finding> all = new ArrayList<>(errors.size() + warnings.size() + 2);
        all.addAll(errors);
        if (errorsLeftOut > 0) {
            all.add(Finding.error(FindingCodes.TOO_MANY_ERRORS, null, null, "错误过多，以上仅列出前 " + cap
                    + " 处，另有 " + errorsLeftOut + " 处未列出。请先改正以上错误，再检查全表后重新报送。"));
        }
        all.addAll(warnings);
        if (warningsLeftOut > 0) {
            all.add(Finding.warning(FindingCodes.TOO_MANY_WARNINGS, null, null, "提示过多，以上仅列出前 " + cap
                    + " 条，另有 " + warningsLeftOut + " 条未列出。"));
        }
        return all;
    }
}
