package cn.jingan.planwatch.excel;

/** How wide a text prints, in widths of the digit 0 (a column width's unit): CJK and full-width count two. */
public final class TextWidth {

    private TextWidth() {}

    public static int of(String text) {
        int width = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            width += cp < 0x1100 ? 1 : 2;
            i += Character.charCount(cp);
        }
        return width;
    }

    /** The lines a text takes in a column of {@code columnWidth}, counting its own line breaks. */
    public static int lines(String text, int columnWidth) {
        int usable = Math.max(1, columnWidth - 1);
        int lines = 0;
        for (String line : text.split("\n", -1)) {
            lines += Math.max(1, (of(line) + usable - 1) / usable);
        }
        return lines;
    }

    /** The text cut into pieces no wider than {@code width}, for sheets that print text without wrapping it. */
    public static java.util.List<String> pieces(String text, int width) {
        java.util.List<String> pieces = new java.util.ArrayList<>();
        StringBuilder piece = new StringBuilder();
        int used = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int w = cp < 0x1100 ? 1 : 2;
            if (used + w > width) {
                pieces.add(piece.toString());
                piece.setLength(0);
                used = 0;
            }
            piece.appendCodePoint(cp);
            used += w;
            i += Character.charCount(cp);
        }
        pieces.add(piece.toString());
        return pieces;
    }
}
