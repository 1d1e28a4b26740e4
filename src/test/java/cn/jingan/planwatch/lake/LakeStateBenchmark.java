package cn.jingan.planwatch.lake;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The time to read the lake's state ({@link Lake#state()}) after a given number of commits, from the checkpointed
 * log and from the whole log. The commits are those of polls (two files, {@code sources} returns each) with a
 * compaction commit every 16 polls, written through {@link CommitLog} without Parquet files (reading the state
 * reads the log alone). Not a test: run it by hand, e.g.
 * {@code java -cp ... cn.jingan.planwatch.lake.LakeStateBenchmark /var/tmp/bench 100 100000 --sources=1}.
 */
public final class LakeStateBenchmark {

    private static final int ROUNDS = 5;

    private LakeStateBenchmark() {}

    public static void main(String[] args) throws IOException {
        Path work = Path.of(args[0]);
        int sources = Arrays.stream(args).filter(a -> a.startsWith("--sources=")).findFirst()
                .map(a -> Integer.parseInt(a.substring("--sources=".length()))).orElse(1);
        System.out.printf("%d processors, %s %s; %d sources per commit; median of %d reads%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.name"),
                System.getProperty("java.version"), sources, ROUNDS);
        for (String arg : args) {
            if (arg.matches("\\d+")) {
                measure(work.resolve("state-" + arg + "-" + sources), Integer.parseInt(arg), sources);
            }
        }
    }

    private static void measure(Path dir, int commits, int sources) throws IOException {
        Path checkpointed = dir.resolve("checkpointed");
        Path whole = dir.resolve("whole");
        if (!Files.exists(dir)) {
            write(checkpointed, commits, sources);
            copyWholeLog(checkpointed, whole);
        }
        Lake withCheckpoints = new Lake(checkpointed);
        Lake withoutCheckpoints = new Lake(whole, Integer.MAX_VALUE);
        if (!withCheckpoints.state().version().equals(withoutCheckpoints.state().version())) {
            throw new IllegalStateException("the checkpointed log and the whole log disagree");
        }
        System.out.printf("%,9d commits: checkpoint + %d later commits %8.1f ms; whole log %9.1f ms; %d live files%n",
                commits, new CommitLog(checkpointed, Lake.CHECKPOINT_EVERY).filesRead() - 1,
                medianMillis(withCheckpoints), medianMillis(withoutCheckpoints),
                withCheckpoints.state().observationFiles().size());
    }

    private static void write(Path lake, int commits, int sources) {
        CommitLog log = new CommitLog(lake, Lake.CHECKPOINT_EVERY);
        List<String> unmerged = new ArrayList<>();
        for (int i = 0; i < commits; i++) {
            String batch = String.format("20260101T000000000Z-%09d", i);
            if (unmerged.size() == 16) {
                List<String> removed = List.copyOf(unmerged);
                unmerged.clear();
                String merged = "observations/year=2026/part-" + batch + ".parquet";
                unmerged.add(merged);
                log.append(new LakeCommit(batch, Instant.now(), List.of(merged), removed, Map.of()));
                continue;
            }
            String file = "observations/year=2026/part-" + batch + ".parquet";
            unmerged.add(file);
            Map<String, String> accepted = new HashMap<>();
            for (int s = 0; s < sources; s++) {
                accepted.put(String.format("%064d", (long) i * sources + s), "inbox/b/" + i + "-" + s + ".xlsx");
            }
            log.append(new LakeCommit(batch, Instant.now(), List.of(file), List.of(), accepted));
        }
    }

    /** The same log without checkpoints: every commit file in one folder. */
    private static void copyWholeLog(Path from, Path to) throws IOException {
        Path commits = Files.createDirectories(to.resolve(CommitLog.DIRECTORY));
        for (Path folder : List.of(from.resolve(CommitLog.DIRECTORY), from.resolve(CommitLog.DIRECTORY)
                .resolve(CommitLog.ARCHIVE))) {
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : files.filter(f -> !f.getFileName().toString().startsWith("_")).toList()) {
                    Files.createLink(commits.resolve(file.getFileName()), file);
                }
            }
        }
    }

    private static double medianMillis(Lake lake) {
        double[] times = new double[ROUNDS];
        for (int round = 0; round < ROUNDS; round++) {
            long started = System.nanoTime();
            lake.state();
            times[round] = (System.nanoTime() - started) / 1e6;
        }
        Arrays.sort(times);
        return times[ROUNDS / 2];
    }
}
