package cn.jingan.planwatch.cli;

import cn.jingan.planwatch.lake.LakeState;
import cn.jingan.planwatch.warehouse.LakeFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;

/**
 * The same accepted files loaded in another order: the observations of a real lake regrouped file by file, the
 * files shuffled into batches of random size, each batch loaded after the previous one (new loaded_at and
 * batch_id), and one batch loaded a second time, as a run interrupted after writing the lake would.
 */
final class ShuffledLake {
    private ShuffledLake() {}

    static LakeFiles write(LakeState lake, long seed, Path dir) throws IOException, SQLException {
        Files.createDirectories(dir);
        Random random = new Random(seed);
        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:"); Statement s = duck.createStatement()) {
            s.execute("create table observation as select * from read_parquet(" + list(lake.observationFiles())
                    + ", hive_partitioning = false)");
            List<String> files = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("select distinct source_sha256 from observation order by 1")) {
                while (rs.next()) {
                    files.add(rs.getString(1));
                }
            }
            Collections.shuffle(files, random);
            List<List<String>> batches = new ArrayList<>();
            for (int from = 0; from < files.size(); ) {
                int to = Math.min(files.size(), from + 1 + random.nextInt(40));
                batches.add(files.subList(from, to));
                from = to;
            }
            batches.add(batches.get(random.nextInt(batches.size())));
            List<Path> written = new ArrayList<>();
            for (int i = 0; i < batches.size(); i++) {
                Path part = dir.resolve("part-" + seed + "-" + i + ".parquet");
                s.execute("copy (select * replace (timestamptz '2030-01-01 00:00:00+00' + to_minutes(" + i
                        + ") as loaded_at, 'shuffled-" + seed + "-" + i + "' as batch_id) from observation"
                        + " where source_sha256 in (" + batches.get(i).stream().map(f -> "'" + f + "'")
                        .collect(Collectors.joining(", ")) + ")) to '" + part + "' (format parquet)");
                written.add(part);
            }
            return new LakeFiles(written, lake.submissionFiles(), "shuffled-" + seed);
        }
    }

    private static String list(List<Path> files) {
        return files.stream().map(f -> "'" + f + "'").collect(Collectors.joining(", ", "[", "]"));
    }
}
