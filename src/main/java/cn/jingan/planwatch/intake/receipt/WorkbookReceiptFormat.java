package cn.jingan.planwatch.intake.receipt;

import cn.jingan.planwatch.catalog.PlanZone;
import cn.jingan.planwatch.normalize.Finding;
import cn.jingan.planwatch.observation.Observation;
import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The receipt a clerk opens and prints: status and summary on top, then one line per error and warning, and for an
 * accepted file every value recorded; times on the plan's clock with their offset.
 */
public final class WorkbookReceiptFormat implements ReceiptFormat {

    private final DateTimeFormatter time;

    /** Receipts showing their times in the plan's zone, with its offset. */
    public WorkbookReceiptFormat(ZoneId planZone) {
        this.time = PlanZone.timeFormat(planZone);
    }

    /** Receipts on the default plan zone. */
    public WorkbookReceiptFormat() {
        this(PlanZone.DEFAULT);
    }

    @Override
    public String extension() {
        return "xlsx";
    }

    @Override
    public void write(Receipt receipt, OutputStream out) throws IOException {
        SimpleXlsx sheet = new SimpleXlsx("回执", 18, 12, 16, 44, 12, 10)
                .title("报表接收回执")
                .field("状态", receipt.statusZh())
                .field("说明", receipt.summaryZh())
                .field("填报单位", receipt.bureauNameZh() + "（" + receipt.bureauCode() + "）")
                .field("文件名", receipt.file())
                .field("报告期", receipt.periodCode())
                .field("报送时间", time.format(receipt.receivedAt()))
                .field("处理时间", time.format(receipt.processedAt()))
                .field("入库数据条数", Integer.toString(receipt.rows()))
                .field("文件指纹(SHA-256)", receipt.sha256())
                .blank();
        findings(sheet, "错误（须修改后重新报送）", receipt.errors());
        sheet.blank();
        findings(sheet, "提示（不影响接收，请核对）", receipt.warnings());
        if (!receipt.values().isEmpty()) {
            sheet.blank().section("已入库数据：" + receipt.values().size() + " 条（请逐项核对是否与报送的一致）")
                    .heading("指标编码", "报告期", "区域", "指标名称", "数值", "计量单位");
            receipt.values().forEach(v -> sheet.line(v.indicatorCode(),
                    v.periodCode() + (Observation.YTD.equals(v.measure()) ? "（本年累计）" : ""), v.areaName(),
                    v.indicatorName(), v.value().stripTrailingZeros().toPlainString(), v.unit()));
        }
        sheet.write(out);
    }

    private static void findings(SimpleXlsx sheet, String title, List<Finding> findings) {
        sheet.section(title + "：" + findings.size() + " 条");
        if (!findings.isEmpty()) {
            sheet.heading("工作表", "单元格", "代码", "问题及修改方法");
            findings.forEach(f -> sheet.line(f.sheet(), f.cell(), f.code(), f.messageZh()));
        }
    }
}
