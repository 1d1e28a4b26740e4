package cn.jingan.planwatch.excel;

import java.util.Locale;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;

/** Turns whatever a parser threw into a verdict a clerk can act on. */
final class ReadFailures {

    private static final String[] UNSAFE_SIGNS = {
        "zip bomb", "max. ratio", "exceed the max", "potentially malicious", "doctype", "entity expansion",
        "external entity", "entityexpansion", "accessexternal"
    };

    private ReadFailures() {}

    static UnreadableWorkbookException classify(Throwable failure) {
        ReadInterrupt interrupt = ReadInterrupt.findIn(failure);
        if (interrupt != null && interrupt.kind() == ReadInterrupt.Kind.UNREADABLE) {
            return interrupt.verdict();
        }
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 32; t = t.getCause(), depth++) {
            if (t instanceof UnreadableWorkbookException verdict) {
                return verdict;
            }
            if (t instanceof EncryptedDocumentException) {
                return Verdicts.encrypted();
            }
            if (t instanceof OldExcelFormatException) {
                return Verdicts.oldExcel();
            }
            if (looksHostile(t)) {
                return Verdicts.unsafe(failure);
            }
        }
        return Verdicts.corrupt(failure);
    }

    private static boolean looksHostile(Throwable t) {
        String message = t.getMessage();
        if (message == null) {
            return false;
        }
        String lower = message.toLowerCase(Locale.ROOT);
        for (String sign : UNSAFE_SIGNS) {
            if (lower.contains(sign)) {
                return true;
            }
        }
        return false;
    }
}
