package cn.jingan.planwatch.normalize;

import cn.jingan.planwatch.catalog.Bureau;
import cn.jingan.planwatch.catalog.Catalog;
import java.util.Optional;

/** The folder is the bureau's identity; a 填报单位 naming another bureau rejects the file. */
final class BureauCheck {

    private final Catalog catalog;

    BureauCheck(Catalog catalog) {
        this.catalog = catalog;
    }

    /** The bureau the file's folder names, if registered; findings for a stranger folder or another bureau's name. */
    Optional<Bureau> check(ReturnFile file, ReturnSheet sheet, FindingList findings) {
        Optional<Bureau> folder = catalog.bureau(file.bureauCode());
        if (folder.isEmpty()) {
            findings.error(FindingCodes.UNKNOWN_BUREAU, sheet.name(), null, "收件目录“" + file.bureauCode()
                    + "”不是已登记的填报单位目录，请把报表放入本单位的收件目录（inbox/单位代码/）后重新报送。");
        }
        sheet.field(HeaderField.BUREAU).filter(value -> !value.isBlank())
                .ifPresent(value -> checkNamed(value, folder, sheet.name(), findings));
        return folder;
    }

    private void checkNamed(HeaderValue value, Optional<Bureau> folder, String sheet, FindingList findings) {
        Optional<Bureau> named = catalog.bureauNamed(value.text());
        if (named.isEmpty()) {
            folder.ifPresent(own -> findings.warning(FindingCodes.UNKNOWN_BUREAU_NAME, sheet, value.cell(),
                    "填报单位“" + value.text() + "”不是登记的单位名称，本表按收件目录视为" + own.nameZh()
                            + "的报表；下次请填写“" + own.nameZh() + "”。"));
            return;
        }
        if (folder.isPresent() && !named.get().code().equals(folder.get().code())) {
            findings.error(FindingCodes.WRONG_BUREAU, sheet, value.cell(), "填报单位“" + value.text() + "”是"
                    + named.get().nameZh() + "，但本表放在" + folder.get().nameZh() + "的收件目录中。本单位的报表请把填报单位改为“"
                    + folder.get().nameZh() + "”；" + named.get().nameZh() + "的报表请由其从自己的收件目录报送。");
        }
    }
}
