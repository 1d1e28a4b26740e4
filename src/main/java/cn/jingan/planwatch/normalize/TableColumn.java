package cn.jingan.planwatch.normalize;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The columns of a return's table the pipeline reads, each with the header labels that name it. */
enum TableColumn {
    CODE(List.of("指标编码", "指标代码", "编码")),
    VALUE(List.of("本期值", "本期数", "本期", "数值")),
    NAME(List.of("指标名称")),
    UNIT(List.of("计量单位", "单位")),
    YTD(List.of("本年累计", "累计值")),
    AREA(List.of("区域", "街道", "社区")),
    REMARK(List.of("备注"));

    private static final Map<String, TableColumn> BY_LABEL = new HashMap<>();

    static {
        for (TableColumn column : values()) {
            column.labels.forEach(label -> BY_LABEL.put(label, column));
        }
    }

    private final List<String> labels;

    TableColumn(List<String> labels) {
        this.labels = labels;
    }

    public List<String> labels() {
        return labels;
    }

    /** True for the columns that hold values and may carry a unit in brackets. */
    public boolean holdsValues() {
        return this == VALUE || this == YTD;
    }

    /** The column a normalised header label names, if any. */
    static Optional<TableColumn> named(String normalizedLabel) {
        return Optional.ofNullable(BY_LABEL.get(normalizedLabel));
    }
}
