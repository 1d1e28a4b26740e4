package cn.jingan.planwatch.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Text for a web page: escaped, and numbers and shares written as people read them. */
final class Html {
    private Html() {}

    /** The text with {@code & < > " '} escaped. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** A number with thousands separators and at most {@code decimals} decimals; a dash for none. */
    static String number(BigDecimal value, int decimals) {
        if (value == null) {
            return "—";
        }
        DecimalFormat format = new DecimalFormat(decimals == 0 ? "#,##0" : "#,##0." + "#".repeat(decimals),
                DecimalFormatSymbols.getInstance(Locale.ROOT));
        return format.format(value.setScale(decimals, RoundingMode.HALF_UP));
    }

    /** A share as a percentage with one decimal; a dash for none. */
    static String percent(BigDecimal share) {
        return share == null ? "—" : number(share.multiply(BigDecimal.valueOf(100)), 1) + "%";
    }
}
