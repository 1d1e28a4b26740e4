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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The immutable Parquet history: {@code observations/year=YYYY/part-<batch>.parquet} and
 * {@code submissions/year=YYYY/...}, Hive-partitioned, readable as-is by DuckDB, Spark or Trino. A batch's files
 * are written under {@code _staging/<batch>/}, which a glob of {@code observations/**}/{@code *.parquet} never
 * matches; the batch becomes part of the lake when its commit is written (atomically, {@link CommitLog}); only
 * then are its files renamed into their partitions. {@link #recover()} finishes what a crash interrupted: it
 * renames the staged files of committed batches into place and deletes everything else no commit names.
 */
public final class Lake {

    static final String STAGING = "_staging";
    /** Commits between two checkpoints of the commit log. */
    static final int CHECKPOINT_EVERY = 100;
    private static final String TEMPORARY = ".tmp";
    private static final DateTimeFormatter BATCH_TIME =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS'Z'").withZone(ZoneOffset.UTC);

    private final Path root;
    private final CommitLog log;

    public Lake(Path root) {
        this(root, CHECKPOINT_EVERY);
    }

    Lake(Path root, int checkpointEvery) {
        this.root = root;
        this.log = new CommitLog(root, checkpointEvery);
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
        log.append(new LakeCommit(batchId, Instant.now(), added, List.of(), sourcesBySha));
        Failpoints.reach(Failpoints.LAKE_COMMIT_WRITTEN);
        placeStaged(batchId, Set.copyOf(added));
        Failpoints.reach(Failpoints.LAKE_COMMITTED);
        return batchId;
    }

    /**
     * Merges the files of every partition holding more than {@code maxFiles} into one, so that frequent small
     * runs do not leave thousands of tiny files. The merged file and the retirement of the old ones are one
     * commit; then the merged file is renamed into place and the old files are deleted (a glob in between sees
     * the partition's rows twice, never too few).
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
            stage(table, batchId, rows, relative);
            log.append(new LakeCommit(batchId, Instant.now(), List.of(relative),
                    files.stream().map(this::relative).toList(), Map.of()));
            placeStaged(batchId, Set.of(relative));
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

    /**
     * Renames the staged files of committed batches into place, then deletes staged files of batches never
     * committed, Parquet files no commit names (retired by compaction) and temporary files left by a crash.
     */
    public void recover() {
        LakeState state = state();
        Set<String> live = new LinkedHashSet<>();
        state.observationFiles().forEach(f -> live.add(relative(f)));
        state.submissionFiles().forEach(f -> live.add(relative(f)));
        for (Path batch : stagedBatches()) {
            placeStaged(batch.getFileName().toString(), live);
        }
        for (String table : List.of(LakeTable.OBSERVATIONS.name(), LakeTable.SUBMISSIONS.name())) {
            for (Path file : parquetFilesUnder(root.resolve(table))) {
                if (!live.contains(relative(file))) {
                    delete(file);
                }
            }
            filesUnder(root.resolve(table), TEMPORARY).forEach(Lake::delete);
        }
    }

    /**
     * Renames the staged files of one batch that belong to the lake into their partitions and removes the
     * batch's staging folder with whatever else it holds.
     */
    private void placeStaged(String batchId, Set<String> live) {
        Path staged = root.resolve(STAGING).resolve(batchId);
        try {
            for (Path file : filesUnder(staged, "")) {
                String relative = staged.relativize(file).toString().replace('\\', '/');
                if (live.contains(relative) && Files.isRegularFile(file)) {
                    Path target = root.resolve(relative);
                    Files.createDirectories(target.getParent());
                    Files.move(file, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                }
            }
            deleteTree(staged);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot place the staged files of lake batch " + batchId, e);
        }
    }

    private List<Path> stagedBatches() {
        Path staging = root.resolve(STAGING);
        if (!Files.isDirectory(staging)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(staging)) {
            return list.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The live files, derived from the commit log (its last checkpoint and the commits after it). */
    public LakeState state() {
        LakeCheckpoint replayed = log.replay();
        List<Path> observations = new ArrayList<>();
        List<Path> submissions = new ArrayList<>();
        for (String file : replayed.files()) {
            (file.startsWith(LakeTable.OBSERVATIONS.name() + "/") ? observations : submissions).add(root.resolve(file));
        }
        return new LakeState(observations, submissions, version(replayed.files()), replayed.sources());
    }

    /** One file per year the rows fall in, written side by side (a chunk of returns often spans years). */
    private <T> List<String> writePartitions(LakeTable<T> table, Collection<T> rows, String batchId) {
        Map<Integer, List<T>> byYear = rows.stream()
                .collect(Collectors.groupingBy(table.year(), TreeMap::new, Collectors.toList()));
        return byYear.entrySet().parallelStream().map(partition -> {
            String relative = table.name() + "/year=" + partition.getKey() + "/part-" + batchId + ".parquet";
            stage(table, batchId, partition.getValue(), relative);
            return relative;
        }).toList();
    }

    /** Writes a file of a batch under {@code _staging/<batch>/}, at the path it will have in the lake. */
    private <T> void stage(LakeTable<T> table, String batchId, Collection<T> rows, String relative) {
        Path staged = root.resolve(STAGING).resolve(batchId).resolve(relative);
        try {
            Files.createDirectories(staged.getParent());
            ParquetFiles.write(table, batchId, rows, staged);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write lake file " + relative, e);
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

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
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
