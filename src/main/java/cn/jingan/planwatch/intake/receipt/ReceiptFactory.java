package cn.jingan.planwatch.intake.receipt;

import cn.jingan.planwatch.catalog.Area;
import cn.jingan.planwatch.catalog.Bureau;
import cn.jingan.planwatch.catalog.Catalog;
import cn.jingan.planwatch.catalog.Indicator;
import cn.jingan.planwatch.intake.IntakeResult;
import cn.jingan.planwatch.intake.Outcome;
import cn.jingan.planwatch.intake.RefusedEntry;
import cn.jingan.planwatch.normalize.Finding;
import cn.jingan.planwatch.normalize.ValidatedReturn;
import cn.jingan.planwatch.observation.Observation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Turns a file's verdict into the receipt its bureau reads. */
public final class ReceiptFactory {

    private final Catalog catalog;

    public ReceiptFactory(Catalog catalog) {
        this.catalog = catalog;
    }

    public Receipt receipt(IntakeResult result, Instant processedAt) {
        ValidatedReturn validated = result.validated();
        return new Receipt(result.outcome().code(), result.outcome().labelZh(), result.file().bureauCode(),
                bureauName(result.file().bureauCode()), result.file().fileName(), result.file().sha256(),
                result.file().receivedAt(), processedAt, validated == null ? null : validated.sheet(),
                validated == null ? null : validated.periodCode(), result.rowCount(), result.duplicateOf(),
                summary(result), validated == null ? List.of() : validated.errors(), result.warnings(),
                result.outcome() == Outcome.ACCEPTED ? recorded(validated.observations()) : List.of());
    }

    /** The answer to an entry that is not a file the pipeline may read: what it is, and what to send instead. */
    public Receipt refusal(RefusedEntry entry, Instant processedAt) {
        Outcome refused = Outcome.REFUSED;
        return new Receipt(refused.code(), refused.labelZh(), entry.bureauCode(), bureauName(entry.bureauCode()),
                entry.path().getFileName().toString(), null, entry.foundAt(), processedAt, null, null, 0, null,
                "此项未被读取，其中的数据均未入库：" + entry.messageZh(),
                List.of(Finding.error(entry.code(), null, null, entry.messageZh())), List.of(), List.of());
    }

    private List<RecordedValue> recorded(List<Observation> observations) {
        List<RecordedValue> values = new ArrayList<>(observations.size());
        for (Observation o : observations) {
            values.add(new RecordedValue(o.indicatorCode(),
                    catalog.indicator(o.indicatorCode()).map(Indicator::nameZh).orElse(""), o.periodCode(),
                    o.areaCode(), catalog.area(o.areaCode()).map(Area::nameZh).orElse(""), o.measure(), o.value(),
                    o.unit(), o.sourceSheet(), o.sourceCell()));
        }
        return values;
    }

    private String bureauName(String code) {
        return catalog.bureau(code).map(Bureau::nameZh).orElse("");
    }

    static String summary(IntakeResult result) {
        return switch (result.outcome()) {
            case ACCEPTED -> "文件已接收，共 " + result.rowCount() + " 个数据入库"
                    + (result.warnings().isEmpty() ? "。"
                    : "；有 " + result.warnings().size() + " 条提示，请核对后如有误请重新报送更正文件。");
            case REJECTED -> "文件未通过校验，已整体退回，本文件的数据均未入库。共发现 " + result.validated().errors().size()
                    + " 处问题，请按下列清单逐项修改后重新报送整个文件。";
            case DUPLICATE -> "该文件与已接收的文件内容完全相同"
                    + (result.duplicateOf() == null ? "" : "（" + result.duplicateOf() + "）") + "，无需重复报送，本次未重复入库。";
            case REFUSED -> "此项未被读取，其中的数据均未入库。";
        };
    }
}
