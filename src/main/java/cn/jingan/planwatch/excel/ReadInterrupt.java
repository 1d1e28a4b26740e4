package cn.jingan.planwatch.excel;

/** Unwinds a parser from inside its callbacks: end of a sheet, end of reading, or a verdict. */
final class ReadInterrupt extends RuntimeException {

    /** Why the parse is being unwound. */
    enum Kind { STOP_SHEET, STOP_READING, UNREADABLE, VISITOR_FAILED }

    private final Kind kind;
    private final transient UnreadableWorkbookException verdict;

    private ReadInterrupt(Kind kind, UnreadableWorkbookException verdict) {
        super(kind.name(), null, false, false);
        this.kind = kind;
        this.verdict = verdict;
    }

    static ReadInterrupt stopSheet() {
        return new ReadInterrupt(Kind.STOP_SHEET, null);
    }

    static ReadInterrupt stopReading() {
        return new ReadInterrupt(Kind.STOP_READING, null);
    }

    static ReadInterrupt unreadable(UnreadableWorkbookException verdict) {
        return new ReadInterrupt(Kind.UNREADABLE, verdict);
    }

    static ReadInterrupt visitorFailed() {
        return new ReadInterrupt(Kind.VISITOR_FAILED, null);
    }

    Kind kind() {
        return kind;
    }

    UnreadableWorkbookException verdict() {
        return verdict;
    }

    /** The interrupt somewhere in a cause chain (parsers like to wrap what a callback throws), or null. */
    static ReadInterrupt findIn(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ReadInterrupt interrupt) {
                return interrupt;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }
}
