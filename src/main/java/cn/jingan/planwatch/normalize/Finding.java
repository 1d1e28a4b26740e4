package cn.jingan.planwatch.normalize;

/**
 * An error (blocks the file) or a warning (does not) found in a return, located to a sheet and cell
 * where it has one, with a plain Chinese message saying what to fix.
 *
 * @param code stable machine code, e.g. {@code UNKNOWN_UNIT}
 */
public record Finding(Severity severity, String code, String sheet, String cell, String messageZh) {

    public enum Severity { ERROR, WARNING }

    public static Finding error(String code, String sheet, String cell, String messageZh) {
        return new Finding(Severity.ERROR, code, sheet, cell, messageZh);
    }

    public static Finding warning(String code, String sheet, String cell, String messageZh) {
        return new Finding(Severity.WARNING, code, sheet, cell, messageZh);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}
