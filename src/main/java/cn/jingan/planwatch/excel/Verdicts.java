package cn.jingan.planwatch.excel;

import cn.jingan.planwatch.excel.UnreadableWorkbookException.Reason;
import java.time.Duration;

/** The plain Chinese verdicts a clerk reads when a workbook cannot be read, each saying what to fix. */
final class Verdicts {

    private static final String SAVE_AS_XLSX = "请在 Excel 中另存为 .xlsx 后重新报送";

    private Verdicts() {}

    static UnreadableWorkbookException encrypted() {
        return new UnreadableWorkbookException(Reason.ENCRYPTED, "文件已加密或设置了打开密码，请取消密码后重新报送");
    }

    static UnreadableWorkbookException oldExcel() {
        return new UnreadableWorkbookException(Reason.UNSUPPORTED_FORMAT,
                "该文件为 Excel 5.0/95 或更早版本的旧格式，系统无法读取，" + SAVE_AS_XLSX);
    }

    static UnreadableWorkbookException binaryWorkbook() {
        return new UnreadableWorkbookException(Reason.UNSUPPORTED_FORMAT,
                "该文件为 Excel 二进制工作簿（.xlsb）格式，系统无法读取，" + SAVE_AS_XLSX);
    }

    static UnreadableWorkbookException openDocument() {
        return new UnreadableWorkbookException(Reason.UNSUPPORTED_FORMAT,
                "该文件为 OpenDocument 电子表格（.ods）格式，系统无法读取，请在 Excel 或 WPS 中另存为 .xlsx 后重新报送");
    }

    static UnreadableWorkbookException strictOoxml(Throwable cause) {
        return new UnreadableWorkbookException(Reason.UNSUPPORTED_FORMAT,
                "该文件为“严格 Open XML”（Strict）格式且无法读取，请在 Excel 中另存为普通的“Excel 工作簿（.xlsx）”后重新报送",
                cause);
    }

    /** A file that is something else under a spreadsheet's name, e.g. "网页（HTML）"; Latin words get spaced. */
    static UnreadableWorkbookException notASpreadsheet(String whatItReallyIs) {
        String before = whatItReallyIs.charAt(0) < 0x80 ? " " : "";
        String after = whatItReallyIs.charAt(whatItReallyIs.length() - 1) < 0x80 ? " " : "";
        return new UnreadableWorkbookException(Reason.NOT_A_SPREADSHEET,
                "该文件实为" + before + whatItReallyIs + after + "格式，并非 Excel 工作簿，" + SAVE_AS_XLSX);
    }

    static UnreadableWorkbookException empty() {
        return new UnreadableWorkbookException(Reason.CORRUPT, "文件内容为空（0 字节），可能上传未完成，请重新报送");
    }

    static UnreadableWorkbookException corrupt(Throwable cause) {
        return new UnreadableWorkbookException(Reason.CORRUPT,
                "文件已损坏或结构异常，无法读取，请在 Excel 中打开确认内容无误后另存为 .xlsx 重新报送", cause);
    }

    static UnreadableWorkbookException missingSheet(String sheet) {
        return new UnreadableWorkbookException(Reason.CORRUPT,
                "文件已损坏：工作表“" + sheet + "”的内容缺失，请在 Excel 中打开确认内容无误后另存为 .xlsx 重新报送");
    }

    static UnreadableWorkbookException unreadablePath(Throwable cause) {
        return new UnreadableWorkbookException(Reason.CORRUPT, "文件不存在或无法读取，请重新报送", cause);
    }

    static UnreadableWorkbookException unsafe(Throwable cause) {
        return new UnreadableWorkbookException(Reason.UNSAFE,
                "文件包含不安全的内容（异常的压缩比例或 XML 实体引用），系统已拒绝读取，" + SAVE_AS_XLSX, cause);
    }

    static UnreadableWorkbookException fileTooLarge(long bytes, long maxBytes) {
        return new UnreadableWorkbookException(Reason.TOO_LARGE,
                "文件大小 " + megabytes(bytes) + " MB，超过上限 " + megabytes(maxBytes) + " MB，远超正常报表规模，请核对是否报错文件");
    }

    static UnreadableWorkbookException tooManyRows(int maxRows) {
        return new UnreadableWorkbookException(Reason.TOO_LARGE,
                "文件行数超过 " + maxRows + " 行，远超正常报表规模，请核对是否报错文件");
    }

    static UnreadableWorkbookException tooMuchText() {
        return new UnreadableWorkbookException(Reason.TOO_LARGE,
                "文件中的文字内容过多，远超正常报表规模，请核对是否报错文件");
    }

    static UnreadableWorkbookException timeout(Duration timeout) {
        return new UnreadableWorkbookException(Reason.TIMEOUT,
                "文件读取超过 " + Math.max(1, timeout.toSeconds()) + " 秒仍未完成，文件可能已损坏或规模异常，请核对后重新报送");
    }

    static UnreadableWorkbookException interrupted() {
        return new UnreadableWorkbookException(Reason.TIMEOUT, "文件读取被中断，请稍后重新报送");
    }

    private static String megabytes(long bytes) {
        return CellRefs.plain(Math.round(bytes / 1024.0 / 1024.0 * 10) / 10.0);
    }
}
