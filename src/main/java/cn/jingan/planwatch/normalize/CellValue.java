package cn.jingan.planwatch.normalize;

import java.math.BigDecimal;

/**
 * What a value cell says: not reported, a number, or something that is no number.
 *
 * @param kind    which of the three
 * @param number  the number as written (a fraction for a percentage: 0.88 for 88 %), else null
 * @param percent true when the number is a percentage held as a fraction (a percent-formatted cell or {@code 88%})
 * @param text    what the cell showed, for messages
 */
record CellValue(Kind kind, BigDecimal number, boolean percent, String text) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public static final CellValue NOT_REPORTED = new CellValue(Kind.NOT_REPORTED, null, false, "");

    /** Not reported (—, -, /, blank), a number, invalid (约300, #DIV/0!), or a formula saved without its result. */
    public enum Kind { NOT_REPORTED, NUMBER, INVALID, UNCALCULATED }

    public static final CellValue UNCALCULATED = new CellValue(Kind.UNCALCULATED, null, false, "");

    public static CellValue number(BigDecimal number, boolean percent, String text) {
        return new CellValue(Kind.NUMBER, number, percent, text);
    }

    public static CellValue invalid(String text) {
        return new CellValue(Kind.INVALID, null, false, text);
    }

    public boolean isNumber() {
        return kind == Kind.NUMBER;
    }

    /** Invalid, or a formula without a result: either way a value the file does not give. */
    public boolean isInvalid() {
        return kind == Kind.INVALID || kind == Kind.UNCALCULATED;
    }

    /** The number as meant for an indicator: a percentage becomes points (0.88 → 88) when its unit is %. */
    public BigDecimal numberFor(String catalogUnit) {
        if (percent && "%".equals(catalogUnit)) {
            return Decimals.plain(number.multiply(HUNDRED));
        }
        return number;
    }
}
