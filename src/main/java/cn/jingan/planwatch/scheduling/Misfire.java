package cn.jingan.planwatch.scheduling;

import java.util.Arrays;

/** What to do with fires missed while the scheduler was down or busy. */
enum Misfire {
    /** Run once as soon as possible, however many fires were missed. */
    FIRE_ONCE_NOW("fire-once-now"),
    /** Drop the missed fires and wait for the next one. */
    SKIP("skip");

    private final String code;

    Misfire(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    static Misfire of(String code) {
        return Arrays.stream(values()).filter(m -> m.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown misfire policy '" + code
                        + "' (use fire-once-now or skip)"));
    }
}
