package cn.jingan.planwatch.warehouse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The warehouse SQL shipped under {@code schemas/warehouse/}: manifests, scripts and their statements. */
final class WarehouseSql {

    private static final String ROOT = "schemas/warehouse/";
    private static final String CHECKS_SUFFIX = ".checks.sql";

    /** The warehouse's models, in build order. */
    static final String BUILD = "build.txt";
    /** The lake index's models, in build order. */
    static final String INDEX = "index.txt";

    private WarehouseSql() {}

    /** The scripts a manifest lists, in order (blank lines and {@code #} comments skipped). */
    static List<String> manifest(String name) {
        return text(name).lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
    }

    /** The checks of a manifest's models: for each model {@code x.sql} that has one, {@code x.checks.sql}. */
    static List<String> checks(String manifest) {
        return manifest(manifest).stream().map(s -> s.substring(0, s.length() - ".sql".length()) + CHECKS_SUFFIX)
                .filter(s -> WarehouseSql.class.getClassLoader().getResource(ROOT + s) != null).toList();
    }

    /** The text of one file under {@code schemas/warehouse/}. */
    static String text(String name) {
        String resource = ROOT + name;
        try (InputStream in = WarehouseSql.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("warehouse SQL missing from the class path: " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The one query of a script, without its closing semicolon. */
    static String query(String name) {
        List<String> statements = statements(name);
        if (statements.size() != 1) {
            throw new IllegalStateException(name + " holds " + statements.size() + " statements, not one query");
        }
        String sql = statements.get(0);
        return sql.substring(0, sql.length() - 1);
    }

    /** The statements of a script: each ends with a semicolon at the end of a line that is not a comment. */
    static List<String> statements(String name) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : text(name).split("\n", -1)) {
            current.append(line).append('\n');
            String trimmed = line.strip();
            if (trimmed.endsWith(";") && !trimmed.startsWith("--")) {
                statements.add(current.toString().strip());
                current.setLength(0);
            }
        }
        if (!current.toString().lines().allMatch(l -> l.isBlank() || l.strip().startsWith("--"))) {
            throw new IllegalStateException("statement without a closing semicolon in " + name);
        }
        return statements;
    }
}
