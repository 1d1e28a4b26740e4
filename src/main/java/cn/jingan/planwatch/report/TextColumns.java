package cn.jingan.planwatch.report;

/** Pads text for a terminal, where a Chinese character takes two columns. */
final class TextColumns {
    private TextColumns() {}

    static int width(String text) {
        return text.codePoints().map(cp -> isWide(cp) ? 2 : 1).sum();
    }

    static String padRight(String text, int width) {
        String fitted = fit(text, width);
        return fitted + " ".repeat(Math.max(0, width - width(fitted)));
    }

    static String padLeft(String text, int width) {
        String fitted = fit(text, width);
        return " ".repeat(Math.max(0, width - width(fitted))) + fitted;
    }

    private static String fit(String text, int width) {
        if (width(text) <= width) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        int used = 0;
        for (int cp : text.codePoints().toArray()) {
            int w = isWide(cp) ? 2 : 1;
            if (used + w > width - 1) {
                break;
            }
            out.appendCodePoint(cp);
            used += w;
        }
        return out.append('…').toString();
    }

    private static boolean isWide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3)
                || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
                || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x3000 && cp <= 0x303F);
    }
}
