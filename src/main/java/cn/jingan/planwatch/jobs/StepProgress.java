package cn.jingan.planwatch.jobs;

import java.util.function.LongSupplier;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.ItemWriteListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;

/** Moves a terminal {@link ProgressBar} on after each committed chunk of a step. */
public final class StepProgress implements StepExecutionListener, ItemWriteListener<Object> {

    private final String label;
    private final LongSupplier total;
    private ProgressBar bar;

    /** @param total how many items the step will see, asked when it starts */
    public StepProgress(String label, LongSupplier total) {
        this.label = label;
        this.total = total;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        bar = ProgressBar.forTerminal(label, total.getAsLong());
    }

    @Override
    public void afterWrite(Chunk<?> items) {
        bar.advance(items.size());
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        if (stepExecution.getStatus() == BatchStatus.COMPLETED) {
            bar.complete();
        } else {
            bar.finish();
        }
        return null;
    }
}
