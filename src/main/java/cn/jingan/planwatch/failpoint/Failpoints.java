package cn.jingan.planwatch.failpoint;

/**
 * Named points where a crash is most harmful, for the tests that prove a crash there loses nothing: started
 * with {@code -Dplanwatch.failpoint=NAME}, the process halts at once (as under {@code kill -9}) on reaching that
 * point. Without the property this is a no-op.
 */
public final class Failpoints {

    /** Lake files are in place, their commit is not yet written. */
    public static final String LAKE_FILES_WRITTEN = "lake-files-written";
    /** A batch is committed to the lake; its receipts are not yet written nor its files moved. */
    public static final String LAKE_COMMITTED = "lake-committed";
    /** Receipts and moves of a chunk are half done. */
    public static final String FILES_HALF_SORTED = "files-half-sorted";
    /** The new warehouse file is half loaded. */
    public static final String WAREHOUSE_LOADING = "warehouse-loading";
    /** The new warehouse file is complete, not yet swapped in. */
    public static final String WAREHOUSE_BUILT = "warehouse-built";

    private static final String ARMED = System.getProperty("planwatch.failpoint");

    private Failpoints() {}

    public static void reach(String name) {
        if (name.equals(ARMED)) {
            Runtime.getRuntime().halt(137);
        }
    }
}
