package cn.jingan.planwatch.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A query kept in a {@code .sql} file on the class path, whose {@code ${name}} placeholders are filled with SQL
 * literals made here (quoted strings, dates, numbers, lists of paths), never with raw text.
 */
public final class SqlTemplate {

    private final String path;
    private final String text;

    private SqlTemplate(String path, String text) {
        this.path = path;
        this.text = text;
    }

    public static SqlTemplate load(String classPathResource) {
        try (InputStream in = SqlTemplate.class.getClassLoader().getResourceAsStream(classPathResource)) {
            if (in == null) {
                throw new IllegalStateException("missing SQL file on the class path: " + classPathResource);
            }
            return new SqlTemplate(classPathResource, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The query with every placeholder replaced; a placeholder left without a value is an error. */
    public String render(Map<String, String> literals) {
        String sql = text;
        for (Map.Entry<String, String> literal : literals.entrySet()) {
            sql = sql.replace("${" + literal.getKey() + "}", literal.getValue());
        }
        int left = sql.indexOf("${");
        if (left >= 0) {
            throw new IllegalStateException(path + ": no value for " + sql.substring(left, sql.indexOf('}', left) + 1));
        }
        return sql;
    }

    public static String string(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    public static String date(LocalDate date) {
        return "DATE " + string(date.toString());
    }

    public static String number(long value) {
        return Long.toString(value);
    }

    public static String paths(List<Path> files) {
        return files.stream().map(f -> string(f.toAbsolutePath().toString())).collect(Collectors.joining(", ", "[", "]"));
    }
}
