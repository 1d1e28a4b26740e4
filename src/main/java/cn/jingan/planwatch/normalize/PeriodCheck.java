package cn.jingan.planwatch.normalize;

import cn.jingan.planwatch.catalog.PeriodLabel;
import java.util.Optional;

/** Reads the return's 报告期: a label such as 2024年第3季度, or a date cell meaning its month. */
final class PeriodCheck {
    private PeriodCheck() {}

    static final String EXAMPLES = "“2024年第3季度”“2024年9月”“2024年”或“2024年1-9月”";

    static Optional<PeriodLabel> check(ReturnSheet sheet, FindingList findings) {
        Optional<HeaderValue> field = sheet.field(HeaderField.PERIOD);
        if (field.isEmpty() || field.get().isBlank()) {
            findings.error(FindingCodes.NO_PERIOD, sheet.name(), field.map(HeaderValue::cell).orElse(null),
                    "表头缺少报告期，请在表格上方填写，如“报告期：2024年第3季度”。");
            return Optional.empty();
        }
        HeaderValue value = field.get();
        if (value.date() != null) {
            return Optional.of(PeriodLabel.ofDate(value.date()));
        }
        Optional<PeriodLabel> label = PeriodLabel.parse(value.text());
        if (label.isEmpty()) {
            findings.error(FindingCodes.BAD_PERIOD, sheet.name(), value.cell(), "报告期“" + value.text()
                    + "”无法识别，请写成" + EXAMPLES + "这样的形式。");
        }
        return label;
    }
}
