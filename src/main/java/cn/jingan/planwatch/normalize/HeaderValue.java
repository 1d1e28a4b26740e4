package cn.jingan.planwatch.normalize;

import java.time.LocalDate;

/**
 * The value of a header field as written.
 *
 * @param text the text (normalised when it followed a colon), never null
 * @param date the date when the value is a date cell, else null
 * @param cell where the value stands, e.g. {@code B3}
 */
record HeaderValue(String text, LocalDate date, String cell) {

    public boolean isBlank() {
        return date == null && text.isBlank();
    }
}
