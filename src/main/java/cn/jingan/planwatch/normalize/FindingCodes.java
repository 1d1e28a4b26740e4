package cn.jingan.planwatch.normalize;

/** The stable codes of findings; receipts and their JSON twins carry them. */
final class FindingCodes {
    private FindingCodes() {}

    // file errors
    public static final String UNREADABLE = "UNREADABLE";
    public static final String NO_TABLE = "NO_TABLE";
    public static final String UNKNOWN_BUREAU = "UNKNOWN_BUREAU";
    public static final String WRONG_BUREAU = "WRONG_BUREAU";
    public static final String NO_PERIOD = "NO_PERIOD";
    public static final String BAD_PERIOD = "BAD_PERIOD";
    public static final String TOO_MANY_ERRORS = "TOO_MANY_ERRORS";

    // row errors
    public static final String MISSING_CODE = "MISSING_CODE";
    public static final String UNKNOWN_INDICATOR = "UNKNOWN_INDICATOR";
    public static final String NOT_OWNER = "NOT_OWNER";
    public static final String WRONG_FREQUENCY = "WRONG_FREQUENCY";
    public static final String BAD_VALUE = "BAD_VALUE";
    public static final String NO_FORMULA_RESULT = "NO_FORMULA_RESULT";
    public static final String ROUNDS_TO_ZERO = "ROUNDS_TO_ZERO";
    public static final String UNKNOWN_UNIT = "UNKNOWN_UNIT";
    public static final String UNKNOWN_AREA = "UNKNOWN_AREA";
    public static final String AREA_NOT_ALLOWED = "AREA_NOT_ALLOWED";
    public static final String AREA_REQUIRED = "AREA_REQUIRED";
    public static final String DUPLICATE_KEY = "DUPLICATE_KEY";
    public static final String YTD_CONFLICT = "YTD_CONFLICT";

    // warnings
    public static final String UNKNOWN_BUREAU_NAME = "UNKNOWN_BUREAU_NAME";
    public static final String NO_VALUES = "NO_VALUES";
    public static final String VALUE_JUMP = "VALUE_JUMP";
    public static final String YTD_MISMATCH = "YTD_MISMATCH";
    public static final String TOO_MANY_WARNINGS = "TOO_MANY_WARNINGS";
}
