package cn.jingan.planwatch.lake;

import cn.jingan.planwatch.failpoint.Failpoints;
import cn.jingan.planwatch.observation.Observation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import tools.jackson.databind.json.JsonMapper;

/**
 * The immutable Parquet history: {@code observations/year=YYYY/part-<batch>.parquet} and
 * {@code submissions/year=YYYY/...}, Hive-partitioned, readable as-is by DuckDB, Spark or Trino. Files are
 * written aside as dot-files, renamed into place, and become live when the batch's commit file is written
 * (atomically, last). {@link #recover()} removes what a crash left behind.
 */
public final class Lake {

    static final String COMMITS = "_commits";
    private static final String TEMPORARY = ".tmp";
    private static final DateTimeFormatter BATCH_TIME =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS'Z'").withZone(ZoneOffset.UTC);

    private final Path root;
    private final JsonMapper json = JsonMapper.builder().findAndAddModules().build();

    public Lake(Path root) {
        this.root = root;
    }

    public Path root() {
        return root;
    }

    /** Appends one batch of accepted returns; returns the batch id. Nothing is visible until it returns. */
    public String append(Collection<Observation> observations, Collection<Submission> submissions,
                         Map<String, String> sourcesBySha) {
        String batchId = newBatchId();
        List<String> added = new ArrayList<>();
        added.addAll(writePartitions(LakeTable.OBSERVATIONS, observations, batchId));
        added.addAll(writePartitions(LakeTable.SUBMISSIONS, submissions, batchId));
        Failpoints.reach(Failpoints.LAKE_FILES_WRITTEN);
        writeCommit(new LakeCommit(batchId, Instant.now(), added, List.of(), sourcesBySha));
        Failpoints.reach(Failpoints.LAKE_COMMITTED);
        return batchId;
    }

    /**
     * Merges the files of every partition holding more than {@code maxFiles} into one, so that frequent small
     * runs do not leave thousands of tiny files. The merged file and the retirement of the old ones become
     * visible together in one commit; the old files are deleted after it.
     *
     * @return how many partitions were merged
     */
    public int compact(int maxFiles) {
        LakeState state = state();
        int merged = 0;
        merged += compact(LakeTable.OBSERVATIONS, state.observationFiles(), maxFiles,
                Comparator.comparing(Observation::indicatorCode).thenComparing(Observation::periodCode)
                        .thenComparing(Observation::areaCode).thenComparing(Observation::receivedAt));
        merged += compact(LakeTable.SUBMISSIONS, state.submissionFiles(), maxFiles,
                Comparator.comparing(Submission::receivedAt).thenComparing(Submission::sourceSha256));
        recover();
        return merged;
    }

    private <T> int compact(LakeTable<T> table, List<Path> live, int maxFiles, Comparator<T> order) {
        Map<Path, List<Path>> byPartition = live.stream().collect(Collectors.groupingBy(Path::getParent, TreeMap::new,
                Collectors.toList()));
        int merged = 0;
        for (List<Path> files : byPartition.values()) {
            if (files.size() <= maxFiles) {
                continue;
            }
            String batchId = newBatchId();
            List<T> rows = new ArrayList<>();
            for (Path file : files) {
                rows.addAll(read(table, file));
            }
            rows.sort(order);
            String relative = relative(files.get(0).getParent()) + "/part-" + batchId + ".parquet";
            place(table, batchId, rows, relative);
            writeCommit(new LakeCommit(batchId, Instant.now(), List.of(relative),
                    files.stream().map(this::relative).toList(), Map.of()));
            merged++;
        }
        return merged;
    }

    private String relative(Path path) {
        return root.relativize(path).toString().replace('\\', '/');
    }

    /** Every row of one live file. */
    static <T> List<T> read(LakeTable<T> table, Path file) {
        try {
            return ParquetFiles.read(table, file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read lake file " + file, e);
        }
    }

    /** Deletes Parquet files no commit names, retired files, and staging left by a crash. */
    public void recover() {
        LakeState state = state();
        Set<Path> live = new LinkedHashSet<>(state.observationFiles());
        live.addAll(state.submissionFiles());
        for (String table : List.of(LakeTable.OBSERVATIONS.name(), LakeTable.SUBMISSIONS.name())) {
            for (Path file : parquetFilesUnder(root.resolve(table))) {
                if (!live.contains(file)) {
                    delete(file);
                }
            }
        }
        for (String table : List.of(LakeTable.OBSERVATIONS.name(), LakeTable.SUBMISSIONS.name())) {
            filesUnder(root.resolve(table), TEMPORARY).forEach(Lake::delete);
        }
    }

    /** The live files, derived from the commit log. */
    public LakeState state() {
        Map<String, Boolean> files = new TreeMap<>();
        Map<String, String> sources = new LinkedHashMap<>();
        for (LakeCommit commit : commits()) {
            commit.added().forEach(f -> files.put(f, true));
            commit.removed().forEach(files::remove);
            sources.putAll(commit.sources());
        }
        List<Path> observations = new ArrayList<>();
        List<Path> submissions = new ArrayList<>();
        for (String file : files.keySet()) {
            (file.startsWith(LakeTable.OBSERVATIONS.name() + "/") ? observations : submissions).add(root.resolve(file));
        }
        return new LakeState(observations, submissions, version(files.keySet()), sources);
    }

    List<LakeCommit> commits() {
        Path dir = root.resolve(COMMITS);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(p -> p.getFileName().toString().endsWith(".json")).sorted()
                    .map(this::readCommit).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One commit; a damaged one is named, with the fix. */
    private LakeCommit readCommit(Path commit) {
        try {
            return json.readValue(commit.toFile(), LakeCommit.class);
        } catch (RuntimeException damaged) {
            throw new DamagedLakeException("the lake commit " + commit + " is damaged (" + damaged.getMessage()
                    + "); restore it from the lake's backup, see ops/RUNBOOK.md, \"Restore from the lake\"", damaged);
        }
    }

    /** One file per year the rows fall in, written side by side (a chunk of returns often spans years). */
    private <T> List<String> writePartitions(LakeTable<T> table, Collection<T> rows, String batchId) {
        Map<Integer, List<T>> byYear = rows.stream()
                .collect(Collectors.groupingBy(table.year(), TreeMap::new, Collectors.toList()));
        return byYear.entrySet().parallelStream().map(partition -> {
            String relative = table.name() + "/year=" + partition.getKey() + "/part-" + batchId + ".parquet";
            place(table, batchId, partition.getValue(), relative);
            return relative;
        }).toList();
    }

    /**
     * Writes a file aside (a dot-file, which Spark, Hive and a {@code *.parquet} glob pass over), then renames it
     * into its partition: never half-written where readers look.
     */
    private <T> void place(LakeTable<T> table, String batchId, Collection<T> rows, String relative) {
        Path target = root.resolve(relative);
        Path aside = target.resolveSibling("." + target.getFileName() + TEMPORARY);
        try {
            Files.createDirectories(target.getParent());
            ParquetFiles.write(table, batchId, rows, aside);
            Files.move(aside, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write lake file " + relative, e);
        }
    }

    void writeCommit(LakeCommit commit) {
        try {
            Path dir = Files.createDirectories(root.resolve(COMMITS));
            Path temp = dir.resolve(commit.batchId() + ".json.tmp");
            Files.write(temp, json.writerWithDefaultPrettyPrinter().writeValueAsBytes(commit));
            Files.move(temp, dir.resolve(commit.batchId() + ".json"), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write lake commit " + commit.batchId(), e);
        }
    }

    static String newBatchId() {
        return BATCH_TIME.format(Instant.now()) + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String version(Collection<String> files) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            files.forEach(f -> digest.update((f + "\n").getBytes(StandardCharsets.UTF_8)));
            return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<Path> parquetFilesUnder(Path dir) {
        return filesUnder(dir, ".parquet");
    }

    private static List<Path> filesUnder(Path dir, String suffix) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
