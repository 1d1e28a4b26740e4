package cn.jingan.planwatch.warehouse;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/** Fills the temporary {@code lake_*} tables from exactly the live Parquet files it is given. */
final class LakeSource {

    static final String OBSERVATIONS = "sources/lake_observation.sql";
    static final String SUBMISSIONS = "sources/lake_submission.sql";
    static final String LOAD_OBSERVATIONS = "sources/load_lake_observation.sql";
    static final String LOAD_SUBMISSIONS = "sources/load_lake_submission.sql";
    /** Every script it runs. */
    static final List<String> SCRIPTS = List.of(OBSERVATIONS, SUBMISSIONS, LOAD_OBSERVATIONS, LOAD_SUBMISSIONS);

    private final Connection connection;
    private final ScriptRunner scripts;

    LakeSource(Connection connection) {
        this.connection = connection;
        this.scripts = new ScriptRunner(connection);
    }

    /** Creates the lake tables and reads the files into them. */
    void load(LakeFiles lake) throws SQLException {
        scripts.run(OBSERVATIONS);
        scripts.run(SUBMISSIONS);
        read("observation_files", lake.observationFiles(), LOAD_OBSERVATIONS);
        read("submission_files", lake.submissionFiles(), LOAD_SUBMISSIONS);
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
