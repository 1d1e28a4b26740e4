package cn.jingan.planwatch.warehouse;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/** Fills the temporary {@code lake_*} tables from exactly the live Parquet files it is given. */
final class LakeSource {

    private final Connection connection;
    private final ScriptRunner scripts;

    LakeSource(Connection connection) {
        this.connection = connection;
        this.scripts = new ScriptRunner(connection);
    }

    /** Creates the lake tables and reads the files into them. */
    void load(LakeFiles lake) throws SQLException {
        scripts.run("source/lake_observation.sql");
        scripts.run("source/lake_submission.sql");
        read("observation_files", lake.observationFiles(), "source/load_lake_observation.sql");
        read("submission_files", lake.submissionFiles(), "source/load_lake_submission.sql");
    }

    private void read(String variable, List<Path> files, String script) throws SQLException {
        if (files.isEmpty()) {
            return;
        }
        Object[] paths = files.stream().map(p -> p.toAbsolutePath().toString()).toArray();
        try (PreparedStatement set = connection.prepareStatement("set variable " + variable + " = ?")) {
            set.setObject(1, connection.createArrayOf("VARCHAR", paths));
            set.execute();
        }
        scripts.run(script);
    }
}
