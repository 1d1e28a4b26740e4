package cn.jingan.planwatch.cli;

import cn.jingan.planwatch.datadir.DataDirectory;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --data-dir} option shared by the commands that work on an installation. */
final class DataDirOption {

    @Option(names = "--data-dir", paramLabel = "DIR", defaultValue = "${PLANWATCH_DATA_DIR:-data}",
            description = "Data directory: inbox/, archive/, quarantine/, outbox/, lake/, warehouse.duckdb "
                    + "(default: ${DEFAULT-VALUE}).")
    Path dir;

    DataDirectory directory() {
        return new DataDirectory(dir);
    }
}
