package cn.jingan.planwatch.intake;

/** What became of a file: accepted whole, rejected whole, or the same bytes as one already accepted. */
public enum Outcome {
    ACCEPTED("已接收"), REJECTED("已退回"), DUPLICATE("重复报送");

    private final String labelZh;

    Outcome(String labelZh) {
        this.labelZh = labelZh;
    }

    public String labelZh() {
        return labelZh;
    }

    public String code() {
        return name().toLowerCase();
    }
}
