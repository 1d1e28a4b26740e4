package cn.jingan.planwatch.jobs.intake;

import cn.jingan.planwatch.observation.PreviousValues;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/**
 * The lake's current values, read once when the intake step begins and shared by validation and the backfill
 * warnings (reading them means indexing the whole lake).
 */
final class LakeValuesAtStepStart implements StepExecutionListener, PreviousValues {

    private final Supplier<PreviousValues> reader;
    private volatile PreviousValues values = PreviousValues.NONE;

    LakeValuesAtStepStart(Supplier<PreviousValues> reader) {
        this.reader = reader;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        values = reader.get();
    }

    @Override
    public Optional<BigDecimal> value(String indicatorCode, String periodCode, String areaCode, String measure) {
        return values.value(indicatorCode, periodCode, areaCode, measure);
    }
}
