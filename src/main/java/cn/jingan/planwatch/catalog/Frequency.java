package cn.jingan.planwatch.catalog;

/** How often an indicator is reported. */
public enum Frequency {
    ANNUAL, QUARTERLY, MONTHLY;

    public static Frequency of(String name) {
        return valueOf(name.trim().toUpperCase());
    }

    public String code() {
        return name().toLowerCase();
    }
}
