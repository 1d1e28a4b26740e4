package cn.jingan.planwatch.warehouse;

import cn.jingan.planwatch.catalog.PlanZone;
import java.time.ZoneId;

/**
 * Settings of the mid-term rollup, recorded in the warehouse's {@code rollup_settings}.
 *
 * @param tolerance how far progress may stray from the elapsed share of the window and still be on track
 * @param planZone  the plan's clock: the views' "today" ({@code plan_today()}) whatever a reader's session zone
 */
public record RollupSettings(double tolerance, ZoneId planZone) {

    public static final RollupSettings DEFAULT = new RollupSettings(0.05, PlanZone.DEFAULT);

    public RollupSettings {
        if (!(tolerance >= 0 && tolerance < 1)) {
            throw new IllegalArgumentException("tolerance must lie in [0, 1): " + tolerance);
        }
    }

    /** A tolerance on the default plan zone. */
    public RollupSettings(double tolerance) {
        this(tolerance, PlanZone.DEFAULT);
    }
}
