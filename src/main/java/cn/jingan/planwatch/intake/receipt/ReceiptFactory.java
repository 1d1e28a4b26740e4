package cn.jingan.planwatch.intake.receipt;

import cn.jingan.planwatch.catalog.Area;
import cn.jingan.planwatch.catalog.Bureau;
import cn.jingan.planwatch.catalog.Catalog;
import cn.jingan.planwatch.catalog.Indicator;
import cn.jingan.planwatch.intake.IntakeResult;
import cn.jingan.planwatch.intake.Outcome;
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
        String bureauName = catalog.bureau(result.file().bureauCode()).map(Bureau::nameZh).orElse("");
        return new Receipt(result.outcome().code(), result.outcome().labelZh(), result.file().bureauCode(), bureauName,
                result.file().fileName(), result.file().sha256(), result.file().receivedAt(), processedAt,
                validated == null ? null : validated.sheet(), validated == null ? null : validated.periodCode(),
                result.rowCount(), result.duplicateOf(), summary(result),
                validated == null ? List.of() : validated.errors(), validated == null ? List.of() : validated.warnings(),
                result.outcome() == Outcome.ACCEPTED ? recorded(validated.observations()) : List.of());
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

    static String summary(IntakeResult result) {
        return switch (result.outcome()) {
            case ACCEPTED -> "文件已接收，共 " + result.rowCount() + " 个数据入库"
                    + (result.validated().warnings().isEmpty() ? "。"
                    : "；有 " + result.validated().warnings().size() + " 条提示，请核对后如有误请重新报送更正文件。");
            case REJECTED -> "文件未通过校验，已整体退回，本文件的数据均未入库。共发现 " + result.validated().errors().size()
                    + " 处问题，请按下列清单逐项修改后重新报送整个文件。";
            case DUPLICATE -> "该文件与已接收的文件内容完全相同（" + result.duplicateOf() + "），无需重复报送，本次未重复入库。";
        };
    }
}
