package cn.jingan.planwatch.intake;

import cn.jingan.planwatch.catalog.Period;
import cn.jingan.planwatch.normalize.ChangeRecheck;
import cn.jingan.planwatch.observation.Observation;
import cn.jingan.planwatch.observation.PreviousValues;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Gives the returns of one run the change warnings they would get arriving one run at a time in period order:
 * the accepted returns of each chunk are taken in period order and compared with the values this run accepted
 * before them as well as with the lake's. One per run (it remembers what the run accepted).
 */
public final class BackfillWarnings {

    private static final Comparator<IntakeResult> PERIOD_ORDER = Comparator
            .comparing((IntakeResult r) -> Period.parse(r.validated().periodCode()))
            .thenComparing(r -> r.file().receivedAt());

    private final ChangeRecheck recheck;
    private final PreviousValues lake;
    private final Map<String, BigDecimal> acceptedThisRun = new ConcurrentHashMap<>();

    public BackfillWarnings(ChangeRecheck recheck, PreviousValues lake) {
        this.recheck = recheck;
        this.lake = lake;
    }

    /** The chunk in its own order, each accepted return with its warnings as of the earlier periods. */
    public List<IntakeResult> apply(List<IntakeResult> chunk) {
        List<IntakeResult> accepted = new ArrayList<>(chunk.stream().filter(BackfillWarnings::loads).toList());
        accepted.sort(PERIOD_ORDER);
        Map<IntakeResult, IntakeResult> rechecked = new IdentityHashMap<>();
        PreviousValues earlier = this::earlier;
        for (IntakeResult result : accepted) {
            rechecked.put(result, result.withValidated(recheck.against(result.validated(), earlier)));
            for (Observation o : result.validated().observations()) {
                acceptedThisRun.put(key(o.indicatorCode(), o.periodCode(), o.areaCode(), o.measure()), o.value());
            }
        }
        return chunk.stream().map(r -> rechecked.getOrDefault(r, r)).toList();
    }

    private Optional<BigDecimal> earlier(String indicator, String period, String area, String measure) {
        BigDecimal here = acceptedThisRun.get(key(indicator, period, area, measure));
        return here != null ? Optional.of(here) : lake.value(indicator, period, area, measure);
    }

    private static boolean loads(IntakeResult result) {
        return result.outcome() == Outcome.ACCEPTED && !result.resumed() && result.validated() != null
                && result.validated().periodCode() != null;
    }

    private static String key(String indicator, String period, String area, String measure) {
        return indicator + '|' + period + '|' + area + '|' + measure;
    }
}
