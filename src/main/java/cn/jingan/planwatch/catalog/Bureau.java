package cn.jingan.planwatch.catalog;

import java.util.List;

/** A reporting bureau (委办局); its code is the name of its inbox folder. */
public record Bureau(String code, String nameZh, String nameEn, List<String> aliases) {

    /** True when a 填报单位 label names this bureau by code, name or alias (labels already normalised). */
    public boolean isNamedBy(String label) {
        String wanted = Labels.normalize(label);
        return wanted.equalsIgnoreCase(code) || wanted.equals(Labels.normalize(nameZh))
                || aliases.stream().map(Labels::normalize).anyMatch(wanted::equals);
    }
}
