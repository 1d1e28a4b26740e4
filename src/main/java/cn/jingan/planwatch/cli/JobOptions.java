package cn.jingan.planwatch.cli;

import cn.jingan.planwatch.datadir.DataDirectory;
import picocli.CommandLine.Mixin;

/** The options of a command that runs a job by hand: {@code --data-dir} and {@code --wait} for the run lock. */
final class JobOptions {

    @Mixin
    DataDirOption dataDir;

    @Mixin
    RunLockOption runLock;

    /** The data directory, its folders created. */
    DataDirectory data() {
        return dataDir.directory().create();
    }
}
