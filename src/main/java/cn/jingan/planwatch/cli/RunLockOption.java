package cn.jingan.planwatch.cli;

import cn.jingan.planwatch.datadir.DataDirectory;
import cn.jingan.planwatch.runs.RunLock;
import java.time.Duration;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** The {@code --wait} option of the commands that take the data directory's run lock. */
final class RunLockOption {

    /** Exit code when another run holds the data directory for longer than --wait. */
    static final int BUSY = 3;

    @Option(names = "--wait", paramLabel = "SECONDS", defaultValue = "60",
            description = "How long to wait for a run already going on the same data directory (default: ${DEFAULT-VALUE}).")
    long waitSeconds;

    /** Takes the run lock; when another run keeps it past --wait, says so on standard error. */
    Optional<RunLock> acquire(DataDirectory data, CommandSpec spec) {
        Optional<RunLock> lock = RunLock.acquire(data, Duration.ofSeconds(waitSeconds));
        if (lock.isEmpty()) {
            spec.commandLine().getErr().println("planwatch: another run is still working on " + data.root()
                    + " (waited " + waitSeconds + " s); nothing was done. Try again later.");
        }
        return lock;
    }
}
