package cn.jingan.planwatch.runs;

import cn.jingan.planwatch.datadir.DataDirectory;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.FunctionTimer;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Collection;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.springframework.stereotype.Component;

/**
 * The operator's numbers, kept across processes in {@code .planwatch/metrics.state} and written after each run
 * as a Prometheus text file, {@code .planwatch/metrics.prom} (for node_exporter's textfile collector, or to
 * read): files accepted, rejected and duplicate, rows loaded, runs by outcome, durations, the time of the
 * last success of each job, and scheduled fires skipped because another run was going.
 */
@Component
public final class RunMetrics {

    private static final String[] FILE_OUTCOMES = {"accepted", "rejected", "duplicate"};

    private final Path state;
    private final Path prom;
    private final Path lock;

    public RunMetrics(DataDirectory data) {
        this.state = data.state().resolve("metrics.state");
        this.prom = data.state().resolve("metrics.prom");
        this.lock = data.state().resolve("metrics.lock");
    }

    public Path file() {
        return prom;
    }

    /** Adds a finished run and rewrites the metrics file. */
    public void record(RunSummary run) {
        update(values -> {
            add(values, "files.accepted", run.totals().accepted());
            add(values, "files.rejected", run.totals().rejected());
            add(values, "files.duplicate", run.totals().duplicate());
            add(values, "rows.loaded", run.totals().rows());
            add(values, "runs." + run.job() + "." + run.status(), 1);
            add(values, "duration." + run.job() + ".count", 1);
            add(values, "duration." + run.job() + ".millis", run.took().toMillis());
            values.setProperty("last_duration." + run.job(), String.valueOf(run.took().toMillis()));
            if (run.succeeded() && run.end() != null) {
                values.setProperty("last_success." + run.job(), String.valueOf(run.end().getEpochSecond()));
            }
        });
    }

    /** Makes each schedule's count of skipped fires exist from the start, at zero until a fire is skipped. */
    public void declareSchedules(Collection<String> schedules) {
        update(values -> schedules.forEach(schedule -> add(values, "skipped." + schedule, 0)));
    }

    /** Counts a scheduled fire that found another run going and did nothing. */
    public void skipped(String schedule) {
        update(values -> add(values, "skipped." + schedule, 1));
    }

    private synchronized void update(java.util.function.Consumer<Properties> change) {
        try {
            Files.createDirectories(state.getParent());
            try (FileChannel channel = FileChannel.open(lock, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock ignored = channel.lock()) {
                Properties values = load();
                change.accept(values);
                writeAtomically(state, stateText(values));
                writeAtomically(prom, render(values));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the metrics in " + state.getParent(), e);
        }
    }

    /** The Prometheus text exposition of the stored values. */
    static String render(Properties values) {
        PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        for (String outcome : FILE_OUTCOMES) {
            FunctionCounter.builder("planwatch.files", values, v -> number(v, "files." + outcome))
                    .description("Returns handled, by outcome").tag("outcome", outcome).register(registry);
        }
        FunctionCounter.builder("planwatch.rows.loaded", values, v -> number(v, "rows.loaded"))
                .description("Values loaded into the lake").register(registry);
        for (String key : values.stringPropertyNames()) {
            String[] parts = key.split("\\.");
            switch (parts[0]) {
                case "runs" -> FunctionCounter.builder("planwatch.runs", values, v -> number(v, key))
                        .description("Job runs, by job and final status").tag("job", parts[1]).tag("status", parts[2])
                        .register(registry);
                case "duration" -> {
                    if (parts[2].equals("count")) {
                        String job = parts[1];
                        FunctionTimer.builder("planwatch.run.duration", values,
                                        v -> (long) number(v, "duration." + job + ".count"),
                                        v -> number(v, "duration." + job + ".millis"), TimeUnit.MILLISECONDS)
                                .description("Time taken by job runs").tag("job", job).register(registry);
                    }
                }
                case "last_duration" -> Gauge.builder("planwatch.run.last.duration", values,
                                v -> number(v, key) / 1000.0)
                        .description("Time taken by the last run of each job").baseUnit("seconds")
                        .tag("job", parts[1]).register(registry);
                case "last_success" -> Gauge.builder("planwatch.last.success.timestamp", values, v -> number(v, key))
                        .description("When each job last completed (Unix time)").baseUnit("seconds")
                        .tag("job", parts[1]).register(registry);
                case "skipped" -> FunctionCounter.builder("planwatch.fires.skipped", values, v -> number(v, key))
                        .description("Scheduled fires skipped because another run held the data directory")
                        .tag("schedule", parts[1]).register(registry);
                default -> { }
            }
        }
        return registry.scrape();
    }

    private Properties load() throws IOException {
        Properties values = new Properties();
        if (Files.isRegularFile(state)) {
            try (Reader reader = Files.newBufferedReader(state, StandardCharsets.UTF_8)) {
                values.load(reader);
            }
        }
        return values;
    }

    private static String stateText(Properties values) throws IOException {
        java.io.StringWriter text = new java.io.StringWriter();
        values.store(text, "planwatch metrics, summed over all runs of this data directory");
        return text.toString();
    }

    private static void writeAtomically(Path target, String text) throws IOException {
        Path temp = target.resolveSibling(target.getFileName() + ".tmp");
        try (Writer writer = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
            writer.write(text);
        }
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private static void add(Properties values, String key, long amount) {
        values.setProperty(key, String.valueOf((long) number(values, key) + amount));
    }

    private static double number(Properties values, String key) {
        String value = values.getProperty(key);
        return value == null ? 0 : Double.parseDouble(value);
    }
}
