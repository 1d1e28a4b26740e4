package cn.jingan.planwatch.jobs.intake;

import cn.jingan.planwatch.failpoint.Failpoints;
import cn.jingan.planwatch.intake.FileSorter;
import cn.jingan.planwatch.intake.IntakeResult;
import cn.jingan.planwatch.intake.Outbox;
import cn.jingan.planwatch.intake.Outcome;
import cn.jingan.planwatch.intake.ReceiptFactory;
import cn.jingan.planwatch.intake.SourceKey;
import cn.jingan.planwatch.lake.Lake;
import cn.jingan.planwatch.lake.Submission;
import cn.jingan.planwatch.normalize.Observation;
import cn.jingan.planwatch.system.DataDirectory;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;
import org.springframework.core.task.AsyncTaskExecutor;

/**
 * Settles duplicates among the files of this run (the first of the same bytes wins), commits a chunk's accepted
 * returns to the lake in one batch, then answers every file with its receipt and moves it out of the inbox. Each step is safe to repeat: a crash between them is finished by the next run.
 */
final class ReturnItemWriter implements ItemWriter<IntakeResult>, StepExecutionListener {

    private final DataDirectory data;
    private final Lake lake;
    private final ReceiptFactory receipts;
    private final Outbox outbox;
    private final FileSorter sorter;
    private final Clock clock;
    private final AsyncTaskExecutor workers;
    private StepExecution step;
    private Map<String, String> accepted;

    ReturnItemWriter(DataDirectory data, Lake lake, ReceiptFactory receipts, Outbox outbox, FileSorter sorter,
                     Clock clock, AsyncTaskExecutor workers) {
        this.data = data;
        this.lake = lake;
        this.receipts = receipts;
        this.outbox = outbox;
        this.sorter = sorter;
        this.clock = clock;
        this.workers = workers;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        step = stepExecution;
        accepted = new HashMap<>(lake.state().sourcesBySha());
    }

    @Override
    public void write(Chunk<? extends IntakeResult> chunk) {
        Instant loadedAt = clock.instant();
        List<IntakeResult> results = chunk.getItems().stream().map(this::settleDuplicate).toList();
        commitToLake(results, loadedAt);
        List<Future<?>> answers = new ArrayList<>();
        results.forEach(result -> answers.add(workers.submit(() -> answer(result, loadedAt))));
        answers.forEach(ReturnItemWriter::await);
        for (IntakeResult result : results) {
            IntakeCounters.add(step.getExecutionContext(), IntakeCounters.key(result.outcome()), 1);
            IntakeCounters.add(step.getExecutionContext(), IntakeCounters.ROWS, result.rowCount());
        }
    }

    /** The receipt, then the file out of the inbox: files answer side by side, each in this order. */
    private void answer(IntakeResult result, Instant loadedAt) {
        outbox.deliver(receipts.receipt(result, loadedAt));
        sorter.sort(result.file().path(), result.file().bureauCode(), result.file().sha256(), result.outcome());
        Failpoints.reach(Failpoints.FILES_HALF_SORTED);
    }

    private static void await(Future<?> answer) {
        try {
            answer.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException failure ? failure : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while answering files", e);
        }
    }

    /** The first of the same bytes in this run is accepted; later ones, in inbox order, are duplicates of it. */
    private IntakeResult settleDuplicate(IntakeResult result) {
        if (result.outcome() != Outcome.ACCEPTED || result.resumed()) {
            return result;
        }
        String source = SourceKey.of(data.relative(result.file().path()), result.file().receivedAt());
        String earlier = accepted.putIfAbsent(result.file().sha256(), source);
        return earlier == null ? result : IntakeResult.duplicate(result.file(), SourceKey.path(earlier));
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
            sources.put(result.file().sha256(),
                    SourceKey.of(data.relative(result.file().path()), result.file().receivedAt()));
        }
        if (!submissions.isEmpty()) {
            lake.append(observations, submissions, sources);
        }
    }
}
