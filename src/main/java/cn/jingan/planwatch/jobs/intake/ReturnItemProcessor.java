package cn.jingan.planwatch.jobs.intake;

import cn.jingan.planwatch.intake.FileExaminer;
import cn.jingan.planwatch.intake.InboxFile;
import cn.jingan.planwatch.intake.IntakeResult;
import java.util.function.Supplier;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Hands each inbox file to a {@link FileExaminer} made afresh when the step begins (it holds the lake's state);
 * a file that vanished or changed while being taken is filtered out, left for the next run.
 */
final class ReturnItemProcessor implements ItemProcessor<InboxFile, IntakeResult>, StepExecutionListener {

    private final Supplier<FileExaminer> examiners;
    private FileExaminer examiner;

    ReturnItemProcessor(Supplier<FileExaminer> examiners) {
        this.examiners = examiners;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        examiner = examiners.get();
    }

    @Override
    public IntakeResult process(InboxFile file) {
        return examiner.examine(file).orElse(null);
    }
}
