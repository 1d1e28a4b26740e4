package cn.jingan.planwatch.catalog;

import java.text.Normalizer;

/** Labels compare after Unicode NFKC and with every kind of white space removed. */
public final class Labels {
    private Labels() {}

    public static String normalize(String text) {
        if (text == null) {
            return "";
        }
        String nfkc = Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(nfkc.length());
        nfkc.codePoints()
                .filter(cp -> !Character.isWhitespace(cp) && !Character.isSpaceChar(cp) && cp != 0xFEFF && cp != 0x200B)
                .forEach(out::appendCodePoint);
        return out.toString();
    }
}
