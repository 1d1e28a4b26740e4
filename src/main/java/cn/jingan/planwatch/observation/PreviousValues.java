package cn.jingan.planwatch.observation;

import java.math.BigDecimal;
import java.util.Optional;

/** What the pipeline already holds, for warnings that compare a value with earlier ones. */
public interface PreviousValues {

    PreviousValues NONE = (indicator, period, area, measure) -> Optional.empty();

    /** The current value of one key, if held. */
    Optional<BigDecimal> value(String indicatorCode, String periodCode, String areaCode, String measure);
}
