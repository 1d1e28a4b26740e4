package cn.jingan.planwatch.warehouse;

/**
 * Settings of the mid-term rollup.
 *
 * @param tolerance how far progress may stray from the elapsed share of the window and still be on track
 */
public record RollupSettings(double tolerance) {

    public static final RollupSettings DEFAULT = new RollupSettings(0.05);

    public RollupSettings {
        if (!(tolerance >= 0 && tolerance < 1)) {
            throw new IllegalArgumentException("tolerance must lie in [0, 1): " + tolerance);
        }
    }
}
