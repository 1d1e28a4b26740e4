package cn.jingan.planwatch.jobs.intake;

import cn.jingan.planwatch.intake.Fingerprint;
import cn.jingan.planwatch.intake.InboxFile;
import cn.jingan.planwatch.intake.IntakeResult;
import cn.jingan.planwatch.intake.SourceKey;
import cn.jingan.planwatch.lake.Lake;
import cn.jingan.planwatch.normalize.ReturnFile;
import cn.jingan.planwatch.normalize.ReturnNormalizer;
import cn.jingan.planwatch.system.DataDirectory;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Fingerprints a file, then: a return whose bytes the lake already holds is a duplicate (or, when it is the
 * very file a crash left behind after its rows reached the lake, resumed); anything else is read and validated.
 * Runs on several threads at once: it only reads the lake's sources as they were when the step began, and
 * {@link ReturnItemWriter} settles duplicates among the files of this run.
 */
final class ReturnItemProcessor implements ItemProcessor<InboxFile, IntakeResult>, StepExecutionListener {

    private final DataDirectory data;
    private final Lake lake;
    private final Supplier<ReturnNormalizer> normalizers;
    private Map<String, String> accepted;
    private ReturnNormalizer normalizer;

    ReturnItemProcessor(DataDirectory data, Lake lake, Supplier<ReturnNormalizer> normalizers) {
        this.data = data;
        this.lake = lake;
        this.normalizers = normalizers;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        accepted = Map.copyOf(lake.state().sourcesBySha());
        normalizer = normalizers.get();
    }

    @Override
    public IntakeResult process(InboxFile inbox) {
        ReturnFile file = new ReturnFile(inbox.path(), inbox.bureauCode(), Fingerprint.sha256(inbox.path()),
                inbox.receivedAt());
        String source = SourceKey.of(data.relative(inbox.path()), inbox.receivedAt());
        String earlier = accepted.get(file.sha256());
        if (earlier != null) {
            return earlier.equals(source) ? IntakeResult.resumed(normalizer.normalize(file))
                    : IntakeResult.duplicate(file, SourceKey.path(earlier));
        }
        return IntakeResult.of(normalizer.normalize(file));
    }
}
