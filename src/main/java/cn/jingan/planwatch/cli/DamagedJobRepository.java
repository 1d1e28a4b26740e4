package cn.jingan.planwatch.cli;

import cn.jingan.planwatch.datadir.DataDirectory;
import java.nio.file.Path;

/**
 * Names a job repository file the embedded database finds damaged, with the fix from the runbook: the file holds
 * run history only (the lake and the warehouse are elsewhere), so it can be moved aside and started afresh.
 */
final class DamagedJobRepository {

    /** What H2 says of a file it cannot read. */
    private static final String H2_DAMAGE = "File corrupted";

    private DamagedJobRepository() {}

    /** The embedded job repository's file in a data directory. */
    static Path file(DataDirectory data) {
        return data.state().resolve("jobs.mv.db");
    }

    /** The failure restated when it is a damaged job repository; otherwise the failure itself. */
    static RuntimeException explain(RuntimeException failure, DataDirectory data) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause.getMessage() != null && cause.getMessage().contains(H2_DAMAGE)) {
                Path file = file(data);
                return new IllegalStateException("the job repository " + file + " is damaged (" + firstLine(cause)
                        + "); move it aside (mv " + file + " " + file + ".damaged) and run again: only the run history"
                        + " is lost, the lake and the warehouse are untouched (ops/RUNBOOK.md, \"Odd inbox entries and"
                        + " damaged state\")");
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return failure;
    }

    private static String firstLine(Throwable cause) {
        return cause.getMessage().lines().findFirst().orElse("").strip();
    }
}
