package cn.jingan.planwatch.benchmark;

import cn.jingan.planwatch.catalog.Area;
import cn.jingan.planwatch.catalog.Catalog;
import cn.jingan.planwatch.catalog.Frequency;
import cn.jingan.planwatch.catalog.Indicator;
import cn.jingan.planwatch.catalog.Period;
import cn.jingan.planwatch.lake.Lake;
import cn.jingan.planwatch.lake.LakeState;
import cn.jingan.planwatch.lake.Submission;
import cn.jingan.planwatch.observation.Observation;
import cn.jingan.planwatch.warehouse.LakeFiles;
import cn.jingan.planwatch.warehouse.RollupSettings;
import cn.jingan.planwatch.warehouse.WarehousePublisher;
import cn.jingan.planwatch.warehouse.WarehouseReader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Rebuild and query times at scale: {@code java ... WarehouseBenchmark [returns] [workdir]} appends that many
 * accepted returns (default 20,000; every bureau, every period 2020–2025, later ones revising earlier) to a lake
 * in runs of 100 with the job's compaction, then times a full rebuild of warehouse.duckdb from the lake and the
 * mid-term queries. Not a test: the README gives the figures measured.
 */
public final class WarehouseBenchmark {

    public static void main(String[] args) throws Exception {
        int returns = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        Path work = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("planwatch-warehouse-bench");
        Catalog catalog = Catalog.load();
        Lake lake = new Lake(work.resolve("lake"));
        long rows = fill(lake, catalog, returns);
        LakeState state = lake.state();
        System.out.printf("lake: %d returns, %d rows, %d Parquet files, %.1f MB%n", returns, rows,
                state.observationFiles().size() + state.submissionFiles().size(), bytes(work.resolve("lake")) / 1e6);

        LakeFiles files = new LakeFiles(state.observationFiles(), state.submissionFiles(), state.version());
        Path warehouse = work.resolve("warehouse.duckdb");
        long start = System.nanoTime();
        new WarehousePublisher(catalog, RollupSettings.DEFAULT).publish(files, warehouse);
        System.out.printf("rebuild from the lake: %.2f s, warehouse.duckdb %.1f MB%n", (System.nanoTime() - start) / 1e9,
                Files.size(warehouse) / 1e6);

        try (WarehouseReader reader = WarehouseReader.open(warehouse)) {
            time(reader, "select * from v_midterm_progress");
            time(reader, "select * from midterm_progress(date '2024-06-30', timestamptz '2024-03-01 00:00:00+08')");
            time(reader, "select * from v_section_summary");
            time(reader, "select * from v_submission_status");
        }
    }

    private static long fill(Lake lake, Catalog catalog, int returns) {
        Random random = new Random(42);
        List<Indicator> indicators = new ArrayList<>(catalog.indicators());
        List<Area> streets = catalog.areas().stream().filter(a -> !a.isDistrict()).toList();
        Map<String, BigDecimal> level = new HashMap<>();
        List<Observation> observations = new ArrayList<>();
        List<Submission> submissions = new ArrayList<>();
        Instant received = Instant.parse("2020-01-10T00:00:00Z");
        long rows = 0;
        for (int r = 0; r < returns; r++) {
            Indicator lead = indicators.get(random.nextInt(indicators.size()));
            Period period = randomPeriod(lead.frequency(), random);
            String sha = String.format("%064x", r);
            received = received.plusSeconds(3_600);
            for (Indicator indicator : indicators) {
                if (!indicator.owner().equals(lead.owner()) || indicator.frequency() != lead.frequency()) {
                    continue;
                }
                List<String> areas = indicator.perArea() ? streets.stream().map(Area::code).toList() : List.of("JA");
                for (String area : areas) {
                    BigDecimal value = level.merge(indicator.code() + area, BigDecimal.valueOf(random.nextInt(50) + 1),
                            (a, b) -> indicator.kind() == Indicator.Kind.FLOW ? b : a.add(b));
                    observations.add(new Observation(indicator.code(), period.code(), area, Observation.PERIOD, value,
                            indicator.unit(), indicator.owner(), "r" + r + ".xlsx", sha, "Sheet1", "D7", received,
                            received.plusSeconds(60)));
                    rows++;
                }
            }
            submissions.add(new Submission(sha, lead.owner(), "r" + r + ".xlsx", period.code(), 1, received,
                    received.plusSeconds(60)));
            if (submissions.size() == 100 || r == returns - 1) {
                lake.append(observations, submissions, Map.of());
                lake.compact(16);
                observations.clear();
                submissions.clear();
            }
        }
        return rows;
    }

    private static Period randomPeriod(Frequency frequency, Random random) {
        int year = 2020 + random.nextInt(6);
        return switch (frequency) {
            case ANNUAL -> Period.annual(year);
            case QUARTERLY -> Period.quarter(year, 1 + random.nextInt(4));
            case MONTHLY -> Period.month(year, 1 + random.nextInt(12));
        };
    }

    private static void time(WarehouseReader reader, String sql) {
        reader.query(sql);
        long[] nanos = new long[11];
        int rows = 0;
        for (int i = 0; i < nanos.length; i++) {
            long start = System.nanoTime();
            rows = reader.query(sql).size();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        System.out.printf("%-100s %5d rows, median %6.1f ms, max %6.1f ms%n", sql, rows, nanos[5] / 1e6,
                nanos[nanos.length - 1] / 1e6);
    }

    private static long bytes(Path dir) throws Exception {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }
}
