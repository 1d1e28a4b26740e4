package cn.jingan.planwatch.jobs.intake;

import cn.jingan.planwatch.intake.ChunkCommitter;
import cn.jingan.planwatch.intake.IntakeResult;
import cn.jingan.planwatch.intake.IntakeTotals;
import java.time.Clock;
import java.util.function.Supplier;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/**
 * Hands each chunk to a {@link ChunkCommitter} made afresh when the step begins, then counts its verdicts in the
 * step's execution context.
 */
final class ReturnItemWriter implements ItemWriter<IntakeResult>, StepExecutionListener {

    private final Supplier<ChunkCommitter> committers;
    private final Clock clock;
    private StepExecution step;
    private ChunkCommitter committer;

    ReturnItemWriter(Supplier<ChunkCommitter> committers, Clock clock) {
        this.committers = committers;
        this.clock = clock;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        step = stepExecution;
        committer = committers.get();
    }

    @Override
    public void write(Chunk<? extends IntakeResult> chunk) {
        for (IntakeResult result : committer.commit(chunk.getItems(), clock.instant())) {
            IntakeCounters.add(step.getExecutionContext(), IntakeTotals.countOf(result.outcome()), 1);
            IntakeCounters.add(step.getExecutionContext(), IntakeTotals.ROWS, result.rowCount());
        }
    }
}
