package cn.jingan.planwatch.scheduling;

import cn.jingan.planwatch.catalog.PlanZone;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.quartz.CronExpression;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** Reads the scheduled jobs declared in a folder of YAML files ({@code jobs/*.yaml}), checking each. */
public final class JobDefinitions {

    private static final Set<String> KEYS = Set.of("name", "job", "description", "cron", "time-zone", "misfire",
            "parameters");

    private JobDefinitions() {}

    /** Every {@code *.yaml} of {@code folder}, sorted by file name. */
    public static List<JobDefinition> load(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException("no job definitions folder " + folder.toAbsolutePath()
                    + " (set planwatch.scheduling.jobs-dir)");
        }
        List<JobDefinition> definitions = new ArrayList<>();
        Set<String> names = new HashSet<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".yaml")).sorted().toList()) {
                JobDefinition definition = read(file);
                if (!names.add(definition.name())) {
                    throw new IllegalArgumentException(file + ": a second job named " + definition.name());
                }
                definitions.add(definition);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
        return definitions;
    }

    static JobDefinition read(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Object loaded = new Yaml(new SafeConstructor(new LoaderOptions())).load(reader);
            if (!(loaded instanceof Map<?, ?> map)) {
                throw new IllegalArgumentException(file + ": expected a mapping of name, job, cron, ...");
            }
            return definition(file, map);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static JobDefinition definition(Path file, Map<?, ?> map) {
        for (Object key : map.keySet()) {
            if (!KEYS.contains(String.valueOf(key))) {
                throw new IllegalArgumentException(file + ": unknown key '" + key + "' (known: " + KEYS + ")");
            }
        }
        String cron = required(file, map, "cron");
        if (!CronExpression.isValidExpression(cron)) {
            throw new IllegalArgumentException(file + ": not a Quartz cron expression: " + cron);
        }
        Map<String, String> parameters = new LinkedHashMap<>();
        if (map.get("parameters") instanceof Map<?, ?> given) {
            given.forEach((k, v) -> parameters.put(String.valueOf(k), String.valueOf(v)));
        }
        return new JobDefinition(required(file, map, "name"), required(file, map, "job"),
                String.valueOf(map.containsKey("description") ? map.get("description") : ""), cron,
                map.containsKey("time-zone") ? ZoneId.of(String.valueOf(map.get("time-zone"))) : PlanZone.DEFAULT,
                Misfire.of(map.containsKey("misfire") ? String.valueOf(map.get("misfire")) : "fire-once-now"),
                parameters);
    }

    private static String required(Path file, Map<?, ?> map, String key) {
        Object value = map.get(key);
        if (value == null || String.valueOf(value).isBlank()) {
            throw new IllegalArgumentException(file + ": '" + key + "' is required");
        }
        return String.valueOf(value).trim();
    }
}
