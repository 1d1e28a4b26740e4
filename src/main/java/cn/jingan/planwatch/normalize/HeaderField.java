package cn.jingan.planwatch.normalize;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The labelled fields of a return's header block, above its table. */
enum HeaderField {
    BUREAU("填报单位"), PERIOD("报告期"), FILLED_BY("填报人"), PHONE("联系电话"), FILLED_ON("填报日期");

    private static final Map<String, HeaderField> BY_LABEL = new HashMap<>();

    static {
        for (HeaderField field : values()) {
            BY_LABEL.put(field.label, field);
        }
    }

    private final String label;

    HeaderField(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The field a normalised label names, if any. */
    static Optional<HeaderField> named(String normalizedLabel) {
        return Optional.ofNullable(BY_LABEL.get(normalizedLabel));
    }
}
