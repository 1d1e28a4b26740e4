package cn.jingan.planwatch.failpoint;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Named points where a crash is most harmful, for the tests that prove a crash there loses nothing: started
 * with {@code -Dplanwatch.failpoint=NAME}, the process halts at once (as under {@code kill -9}) on reaching that
 * point. With {@code -Dplanwatch.failpoint-mode=pause} it instead prints {@code failpoint NAME} on standard output
 * the first time it reaches the point and waits there until a line (or the end) arrives on standard input, so
 * that a test can look at the data directory of a run stopped mid-way. Without the property this is a no-op.
 */
public final class Failpoints {

    /** Lake files are staged, their commit is not yet written. */
    public static final String LAKE_FILES_WRITTEN = "lake-files-written";
    /** A batch's commit is written; its files are still staged, not yet renamed into their partitions. */
    public static final String LAKE_COMMIT_WRITTEN = "lake-commit-written";
    /** A batch is committed to the lake; its receipts are not yet written nor its files moved. */
    public static final String LAKE_COMMITTED = "lake-committed";
    /** Receipts and moves of a chunk are half done. */
    public static final String FILES_HALF_SORTED = "files-half-sorted";
    /** The new warehouse file is half loaded. */
    public static final String WAREHOUSE_LOADING = "warehouse-loading";
    /** The new warehouse file is complete, not yet swapped in. */
    public static final String WAREHOUSE_BUILT = "warehouse-built";

    private static final String ARMED = System.getProperty("planwatch.failpoint");
    private static final boolean PAUSE = "pause".equals(System.getProperty("planwatch.failpoint-mode"));
    private static final AtomicBoolean PAUSED = new AtomicBoolean();

    private Failpoints() {}

    public static void reach(String name) {
        if (!name.equals(ARMED)) {
            return;
        }
        if (!PAUSE) {
            Runtime.getRuntime().halt(137);
        }
        if (PAUSED.compareAndSet(false, true)) {
            System.out.println("failpoint " + name);
            System.out.flush();
            waitForALine();
        }
    }

    private static void waitForALine() {
        try {
            for (int c = System.in.read(); c != -1 && c != '\n'; c = System.in.read()) {
                // the line's content does not matter
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
