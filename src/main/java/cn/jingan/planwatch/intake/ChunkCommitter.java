package cn.jingan.planwatch.intake;

import cn.jingan.planwatch.datadir.DataDirectory;
import cn.jingan.planwatch.failpoint.Failpoints;
import cn.jingan.planwatch.intake.receipt.Outbox;
import cn.jingan.planwatch.intake.receipt.ReceiptFactory;
import cn.jingan.planwatch.lake.Lake;
import cn.jingan.planwatch.lake.Submission;
import cn.jingan.planwatch.observation.Observation;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

/**
 * Settles duplicates among the files of one run (the first of the same bytes wins), gives the accepted returns
 * their change warnings in period order ({@link BackfillWarnings}), commits a chunk's accepted returns to the lake
 * in one batch, then answers every file with its receipt and moves it out of the inbox.
 * Each step is safe to repeat: a crash between them is finished by the next run.
 */
public final class ChunkCommitter {

    private final DataDirectory data;
    private final Lake lake;
    private final ReceiptFactory receipts;
    private final Outbox outbox;
    private final FileSorter sorter;
    private final Executor workers;
    private final Map<String, String> acceptedBySha;
    private final BackfillWarnings warnings;

    /** @param acceptedBySha the source key of every file the lake holds, by SHA-256, when the run began */
    public ChunkCommitter(DataDirectory data, Lake lake, ReceiptFactory receipts, Outbox outbox, FileSorter sorter,
                          Executor workers, Map<String, String> acceptedBySha, BackfillWarnings warnings) {
        this.data = data;
        this.lake = lake;
        this.receipts = receipts;
        this.outbox = outbox;
        this.sorter = sorter;
        this.workers = workers;
        this.acceptedBySha = new HashMap<>(acceptedBySha);
        this.warnings = warnings;
    }

    /** Commits and answers one chunk; returns the verdicts as settled, duplicates within the run included. */
    public List<IntakeResult> commit(List<? extends IntakeResult> chunk, Instant loadedAt) {
        List<IntakeResult> results = warnings.apply(chunk.stream().filter(ChunkCommitter::unchangedSinceTaken)
                .map(this::settleDuplicate).toList());
        commitToLake(results, loadedAt);
        List<CompletableFuture<Void>> answers = results.stream()
                .map(result -> CompletableFuture.runAsync(() -> answer(result, loadedAt), workers)).toList();
        answers.forEach(ChunkCommitter::await);
        return results;
    }

    /** The receipt, then the file out of the inbox: files answer side by side, each in this order. */
    private void answer(IntakeResult result, Instant loadedAt) {
        outbox.deliver(receipts.receipt(result, loadedAt),
                result.taken() == null ? result.file().path() : result.taken().bytes());
        if (result.taken() == null) {
            sorter.sort(result.file().path(), result.file().bureauCode(), result.file().sha256(), result.outcome());
        } else {
            sorter.sort(result.taken(), result.outcome());
        }
        Failpoints.reach(Failpoints.FILES_HALF_SORTED);
    }

    private static void await(CompletableFuture<Void> answer) {
        try {
            answer.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException failure ? failure : new IllegalStateException(e.getCause());
        }
    }

    /**
     * A file changed or gone since its bytes were taken is left for the next run, which takes it as it is then;
     * its private copy is dropped.
     */
    private static boolean unchangedSinceTaken(IntakeResult result) {
        InboxCopy taken = result.taken();
        if (taken == null || taken.stamp().stillMatches(taken.inbox().path())) {
            return true;
        }
        if (taken.isPrivate()) {
            InboxCopier.discard(taken.bytes());
        }
        return false;
    }

    /** The first of the same bytes in this run is accepted; later ones, in inbox order, are duplicates of it. */
    private IntakeResult settleDuplicate(IntakeResult result) {
        if (result.outcome() != Outcome.ACCEPTED || result.resumed()) {
            return result;
        }
        String earlier = acceptedBySha.putIfAbsent(result.file().sha256(), sourceKey(result));
        return earlier == null ? result : result.asDuplicateOf(SourceKey.pathSeenFrom(earlier, result.file().bureauCode()));
    }

    private void commitToLake(List<IntakeResult> results, Instant loadedAt) {
        List<Observation> observations = new ArrayList<>();
        List<Submission> submissions = new ArrayList<>();
        Map<String, String> sources = new LinkedHashMap<>();
        for (IntakeResult result : results) {
            if (result.outcome() != Outcome.ACCEPTED || result.resumed()) {
                continue;
            }
            result.validated().observations().forEach(o -> observations.add(o.loadedAt(loadedAt)));
            submissions.add(new Submission(result.file().sha256(), result.file().bureauCode(), result.file().fileName(),
                    result.validated().periodCode(), result.rowCount(), result.file().receivedAt(), loadedAt));
            sources.put(result.file().sha256(), sourceKey(result));
        }
        if (!submissions.isEmpty()) {
            lake.append(observations, submissions, sources);
        }
    }

    private String sourceKey(IntakeResult result) {
        Path inbox = result.taken() == null ? result.file().path() : result.taken().inbox().path();
        return SourceKey.of(data.relative(inbox), result.file().receivedAt());
    }
}
