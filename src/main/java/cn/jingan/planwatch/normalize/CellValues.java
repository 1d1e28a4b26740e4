package cn.jingan.planwatch.normalize;

import cn.jingan.planwatch.excel.SheetCell;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.Set;

/**
 * Reads a value cell: NUMBER cells as they are (percent-formatted ones hold a fraction), numeric
 * text such as {@code 1,234.5}, {@code １２３} or {@code 88%} with spaces of any width around it,
 * the markers {@code —}, {@code ——}, {@code -}, {@code /} and blank as not reported; anything else is invalid.
 */
final class CellValues {
    private CellValues() {}

    private static final Set<String> NOT_REPORTED_MARKERS =
            Set.of("", "—", "——", "-", "--", "/", "–", "―", "――");

    public static CellValue read(SheetCell cell) {
        if (cell == null) {
            return CellValue.NOT_REPORTED;
        }
        return switch (cell.kind()) {
            case BLANK -> CellValue.NOT_REPORTED;
            case NUMBER -> number(cell);
            case TEXT -> text(cell.text());
            case ERROR, BOOLEAN, DATE -> CellValue.invalid(cell.text() == null ? "" : cell.text());
            case UNCALCULATED -> CellValue.UNCALCULATED;
        };
    }

    private static CellValue number(SheetCell cell) {
        Double value = cell.number();
        if (value == null || value.isNaN() || value.isInfinite()) {
            return CellValue.invalid(cell.text() == null ? "" : cell.text());
        }
        return CellValue.number(Decimals.plain(BigDecimal.valueOf(value)), cell.percent(), cell.text());
    }

    /** Reads numeric text; see the class comment. */
    public static CellValue text(String raw) {
        if (raw == null) {
            return CellValue.NOT_REPORTED;
        }
        String text = strip(Normalizer.isNormalized(raw, Normalizer.Form.NFKC)
                ? raw : Normalizer.normalize(raw, Normalizer.Form.NFKC));
        if (NOT_REPORTED_MARKERS.contains(text)) {
            return CellValue.NOT_REPORTED;
        }
        boolean percent = text.endsWith("%");
        String digits = percent ? strip(text.substring(0, text.length() - 1)) : text;
        BigDecimal number = parseDecimal(digits);
        if (number == null) {
            return CellValue.invalid(raw.strip());
        }
        if (percent) {
            number = number.movePointLeft(2);
        }
        return CellValue.number(Decimals.plain(number), percent, raw.strip());
    }

    /**
     * A plain decimal: optional sign, digits with optional thousands commas in groups of three,
     * optional fraction. Null when the text is anything else.
     */
    static BigDecimal parseDecimal(String text) {
        int length = text.length();
        if (length == 0) {
            return null;
        }
        StringBuilder plain = new StringBuilder(length);
        int i = 0;
        char first = text.charAt(0);
        if (first == '+' || first == '-') {
            if (first == '-') {
                plain.append('-');
            }
            i++;
        }
        int integerDigits = 0;
        int sinceComma = -1;
        for (; i < length; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                plain.append(c);
                integerDigits++;
                if (sinceComma >= 0) {
                    sinceComma++;
                }
            } else if (c == ',') {
                if (integerDigits == 0 || (sinceComma >= 0 && sinceComma != 3)) {
                    return null;
                }
                sinceComma = 0;
            } else {
                break;
            }
        }
        if (sinceComma >= 0 && sinceComma != 3) {
            return null;
        }
        int fractionDigits = 0;
        if (i < length && text.charAt(i) == '.') {
            plain.append('.');
            for (i++; i < length; i++) {
                char c = text.charAt(i);
                if (c < '0' || c > '9') {
                    return null;
                }
                plain.append(c);
                fractionDigits++;
            }
        }
        if (i != length || integerDigits + fractionDigits == 0) {
            return null;
        }
        return new BigDecimal(plain.toString());
    }

    /** Removes white space of any width (incl. U+3000, U+00A0) from both ends. */
    static String strip(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF' || c == '\u200B';
    }
}
