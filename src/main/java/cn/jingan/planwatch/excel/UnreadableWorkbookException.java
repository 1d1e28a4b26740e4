package cn.jingan.planwatch.excel;

/**
 * A file that cannot be read as a return at all: encrypted, corrupt, not a spreadsheet,
 * hostile, or beyond the size limits. Carries a reason code for machines and a plain Chinese
 * message a clerk can act on.
 */
public class UnreadableWorkbookException extends Exception {

    private final Reason reason;

    public UnreadableWorkbookException(Reason reason, String messageZh) {
        super(messageZh);
        this.reason = reason;
    }

    public UnreadableWorkbookException(Reason reason, String messageZh, Throwable cause) {
        super(messageZh, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    /** Why a workbook could not be read. */
    public enum Reason {
        ENCRYPTED, CORRUPT, NOT_A_SPREADSHEET, UNSUPPORTED_FORMAT, TOO_LARGE, UNSAFE, TIMEOUT
    }
}
