package cn.jingan.planwatch.lake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import tools.jackson.databind.json.JsonMapper;

/**
 * The lake's commit log, {@code lake/_commits/}: one {@code <batch>.json} per commit and, every
 * {@code checkpointEvery} commits, a checkpoint holding the state they make. Once the checkpoint is written the
 * commits it holds move to {@code _commits/_archive/} (kept, never read again), so the folder read for the state
 * holds the checkpoint and fewer than {@code checkpointEvery} commits however long the history. A crash between
 * the checkpoint and the moves leaves commits the checkpoint already holds; replaying them changes nothing, as
 * every file is added once and removed once, in commit order.
 */
final class CommitLog {

    static final String DIRECTORY = "_commits";
    static final String CHECKPOINT = "_checkpoint.json";
    static final String ARCHIVE = "_archive";

    private final Path dir;
    private final int checkpointEvery;
    private final JsonMapper json = JsonMapper.builder().findAndAddModules().build();

    CommitLog(Path lakeRoot, int checkpointEvery) {
        if (checkpointEvery < 1) {
            throw new IllegalArgumentException("a checkpoint needs at least one commit: " + checkpointEvery);
        }
        this.dir = lakeRoot.resolve(DIRECTORY);
        this.checkpointEvery = checkpointEvery;
    }

    /** The state the log describes: the last checkpoint with every commit after it applied. */
    LakeCheckpoint replay() {
        LakeCheckpoint checkpoint = checkpoint();
        TreeSet<String> files = new TreeSet<>(checkpoint.files());
        Map<String, String> sources = new LinkedHashMap<>(checkpoint.sources());
        String last = checkpoint.lastBatchId();
        for (Path file : pending()) {
            LakeCommit commit = read(file, LakeCommit.class);
            files.addAll(commit.added());
            commit.removed().forEach(files::remove);
            sources.putAll(commit.sources());
            last = commit.batchId();
        }
        return new LakeCheckpoint(last, Instant.now(), List.copyOf(files), sources);
    }

    /** Writes one commit atomically (the moment its batch becomes part of the lake), then checkpoints if due. */
    void append(LakeCommit commit) {
        try {
            Files.createDirectories(dir);
            writeAtomically(dir.resolve(commit.batchId() + ".json"), json.writeValueAsBytes(commit));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write lake commit " + commit.batchId(), e);
        }
        List<Path> pending = pending();
        if (pending.size() >= checkpointEvery) {
            checkpoint(pending);
        }
    }

    private void checkpoint(List<Path> pending) {
        LakeCheckpoint state = replay();
        try {
            writeAtomically(dir.resolve(CHECKPOINT), json.writeValueAsBytes(state));
            Path archive = Files.createDirectories(dir.resolve(ARCHIVE));
            for (Path commit : pending) {
                Files.move(commit, archive.resolve(commit.getFileName()), StandardCopyOption.ATOMIC_MOVE,
                        StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot checkpoint the lake's commit log " + dir, e);
        }
    }

    private LakeCheckpoint checkpoint() {
        Path file = dir.resolve(CHECKPOINT);
        return Files.isRegularFile(file) ? read(file, LakeCheckpoint.class)
                : new LakeCheckpoint(null, Instant.EPOCH, List.of(), Map.of());
    }

    /** The commits written after the checkpoint, in commit order. */
    private List<Path> pending() {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(dir)) {
            return list.filter(p -> {
                String name = p.getFileName().toString();
                return name.endsWith(".json") && !name.startsWith("_");
            }).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One commit or checkpoint; a damaged one is named, with the fix. */
    private <T> T read(Path file, Class<T> type) {
        try {
            return json.readValue(file.toFile(), type);
        } catch (RuntimeException damaged) {
            throw new DamagedLakeException("the lake commit " + file + " is damaged (" + damaged.getMessage()
                    + "); restore it from the lake's backup, see ops/RUNBOOK.md, \"Restore from the lake\"", damaged);
        }
    }

    private static void writeAtomically(Path target, byte[] bytes) throws IOException {
        Path temp = target.resolveSibling(target.getFileName() + ".tmp");
        Files.write(temp, bytes);
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /** How many commit files the state is read from now (the checkpoint counts as one). */
    int filesRead() {
        return pending().size() + (Files.isRegularFile(dir.resolve(CHECKPOINT)) ? 1 : 0);
    }
}
