package cn.jingan.planwatch.normalize;

import cn.jingan.planwatch.catalog.Labels;

/**
 * A label cell taken apart: {@code 本期值（万平方米）} is label {@code 本期值} with bracket {@code 万平方米};
 * {@code 报告期：2024年第3季度} is label {@code 报告期} with {@code 2024年第3季度} after the colon.
 *
 * @param label      the label, normalised, without colon part or trailing bracket
 * @param bracket    what stood in a trailing bracket, or empty
 * @param afterColon what followed the first colon, or empty
 */
record LabelText(String label, String bracket, String afterColon) {

    static LabelText parse(String raw) {
        String text = Labels.normalize(raw);
        String afterColon = "";
        int colon = text.indexOf(':');
        if (colon >= 0) {
            afterColon = text.substring(colon + 1);
            text = text.substring(0, colon);
        }
        String bracket = "";
        int open = bracketStart(text);
        if (open > 0) {
            bracket = text.substring(open + 1, text.length() - 1);
            text = text.substring(0, open);
        }
        return new LabelText(text, bracket, afterColon);
    }

    /** Index of the bracket that closes at the end of the text, or -1. */
    private static int bracketStart(String text) {
        if (text.endsWith(")")) {
            return text.lastIndexOf('(');
        }
        if (text.endsWith("]")) {
            return text.lastIndexOf('[');
        }
        if (text.endsWith("】")) {
            return text.lastIndexOf('【');
        }
        return -1;
    }
}
