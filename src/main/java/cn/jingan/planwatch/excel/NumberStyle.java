package cn.jingan.planwatch.excel;

import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DateUtil;

/** How a cell's number format presents its number: plainly, as a percentage, or as a date. */
enum NumberStyle {
    PLAIN, PERCENT, DATE;

    /** Classifies a number format by its index and code; a built-in index without a code uses Excel's own. */
    static NumberStyle of(int formatIndex, String formatCode) {
        String code = formatCode != null ? formatCode : builtin(formatIndex);
        if (code == null) {
            return PLAIN;
        }
        try {
            if (DateUtil.isADateFormat(formatIndex, code)) {
                return DATE;
            }
        } catch (RuntimeException unparsableFormat) {
            return PLAIN;
        }
        return hasPercentSign(code) ? PERCENT : PLAIN;
    }

    private static String builtin(int formatIndex) {
        return formatIndex >= 0 && formatIndex < BuiltinFormats.FIRST_USER_DEFINED_FORMAT_INDEX
                ? BuiltinFormats.getBuiltinFormat(formatIndex)
                : null;
    }

    /** A {@code %} that formats, not one inside quotes, escaped or inside a bracket such as a colour. */
    static boolean hasPercentSign(String code) {
        boolean quoted = false;
        int bracketDepth = 0;
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (quoted) {
                continue;
            } else if (c == '\\' || c == '_' || c == '*') {
                i++;
            } else if (c == '[') {
                bracketDepth++;
            } else if (c == ']') {
                bracketDepth = Math.max(0, bracketDepth - 1);
            } else if (c == '%' && bracketDepth == 0) {
                return true;
            }
        }
        return false;
    }
}
