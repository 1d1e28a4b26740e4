package cn.jingan.planwatch.samples;

import java.math.BigDecimal;
import java.time.LocalDate;

/** What one cell of a sample return holds, as a clerk typed it. */
sealed interface Entry {

    /** A plain number. */
    record Number(BigDecimal value) implements Entry {}

    /** A fraction shown with a percentage format (0.85 displays as 85.0%). */
    record Percent(BigDecimal fraction) implements Entry {}

    /** Text, numeric or not: {@code 8,125}, {@code —}, {@code 约300}. */
    record Text(String text) implements Entry {}

    /** A date cell shown as year and month. */
    record Date(LocalDate date) implements Entry {}

    /** Nothing typed. */
    record Blank() implements Entry {}

    static Entry number(BigDecimal value) {
        return new Number(value);
    }

    static Entry text(String text) {
        return new Text(text);
    }

    static Entry blank() {
        return new Blank();
    }
}
