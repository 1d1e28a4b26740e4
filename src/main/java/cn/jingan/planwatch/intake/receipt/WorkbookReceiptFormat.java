package cn.jingan.planwatch.intake.receipt;

import cn.jingan.planwatch.catalog.PlanZone;
import cn.jingan.planwatch.normalize.Finding;
import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The receipt a clerk opens: status and summary on top, then one line per error and warning. */
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
        SimpleXlsx sheet = new SimpleXlsx("回执", 24, 14, 20, 90)
                .row(true, "报表接收回执")
                .row(false, "状态", receipt.statusZh())
                .row(false, "说明", receipt.summaryZh())
                .row(false, "填报单位", receipt.bureauNameZh() + "（" + receipt.bureauCode() + "）")
                .row(false, "文件名", receipt.file())
                .row(false, "报告期", receipt.periodCode())
                .row(false, "报送时间", time.format(receipt.receivedAt()))
                .row(false, "处理时间", time.format(receipt.processedAt()))
                .row(false, "入库数据条数", Integer.toString(receipt.rows()))
                .row(false, "文件指纹(SHA-256)", receipt.sha256())
                .blank();
        findings(sheet, "错误（须修改后重新报送）", receipt.errors());
        sheet.blank();
        findings(sheet, "提示（不影响接收，请核对）", receipt.warnings());
        sheet.write(out);
    }

    private static void findings(SimpleXlsx sheet, String title, List<Finding> findings) {
        sheet.row(true, title + "：" + findings.size() + " 条");
        if (!findings.isEmpty()) {
            sheet.row(true, "工作表", "单元格", "代码", "问题及修改方法");
            findings.forEach(f -> sheet.row(false, f.sheet(), f.cell(), f.code(), f.messageZh()));
        }
    }
}
