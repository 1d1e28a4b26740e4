package cn.jingan.planwatch.intake;

/**
 * What became of a file: accepted whole, rejected whole, the same bytes as one already accepted, or refused
 * unread (not a regular file the pipeline may read: left where it is).
 */
public enum Outcome {
    ACCEPTED("已接收"), REJECTED("已退回"), DUPLICATE("重复报送"), REFUSED("未受理");

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
