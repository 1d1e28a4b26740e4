package cn.jingan.planwatch.excel;

/** Reads the column and row out of an A1-style reference such as {@code AB12}, tolerating garbage. */
final class CellAddress {

    /** Excel's last column is XFD (16,384 columns). */
    private static final int MAX_COLUMN = 16_383;

    private CellAddress() {}

    /** Zero-based column, or -1 when the reference has no usable column. */
    static int columnOf(String ref) {
        if (ref == null) {
            return -1;
        }
        int column = 0;
        int i = 0;
        while (i < ref.length() && isLetter(ref.charAt(i))) {
            column = column * 26 + (Character.toUpperCase(ref.charAt(i)) - 'A' + 1);
            if (column - 1 > MAX_COLUMN) {
                return -1;
            }
            i++;
        }
        return i == 0 ? -1 : column - 1;
    }

    /** One-based row, or 0 when the reference has no usable row. */
    static int rowOf(String ref) {
        if (ref == null) {
            return 0;
        }
        int i = 0;
        while (i < ref.length() && isLetter(ref.charAt(i))) {
            i++;
        }
        long row = 0;
        for (int j = i; j < ref.length(); j++) {
            char c = ref.charAt(j);
            if (c < '0' || c > '9') {
                return 0;
            }
            row = row * 10 + (c - '0');
            if (row > Integer.MAX_VALUE) {
                return 0;
            }
        }
        return (int) row;
    }

    private static boolean isLetter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }
}
