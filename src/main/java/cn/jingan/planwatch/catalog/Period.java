package cn.jingan.planwatch.catalog;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reporting period with its canonical SDMX-style code: {@code 2024}, {@code 2024-Q3}, {@code 2024-M09}.
 */
public record Period(Frequency frequency, int year, int index) implements Comparable<Period> {

    private static final Pattern CODE = Pattern.compile("(\\d{4})(?:-Q([1-4])|-M(0[1-9]|1[0-2]))?");

    public static Period annual(int year) {
        return new Period(Frequency.ANNUAL, year, 1);
    }

    public static Period quarter(int year, int quarter) {
        return new Period(Frequency.QUARTERLY, year, quarter);
    }

    public static Period month(int year, int month) {
        return new Period(Frequency.MONTHLY, year, month);
    }

    /** Parses a canonical code. */
    public static Period parse(String code) {
        Matcher m = CODE.matcher(code);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a period code: " + code);
        }
        int year = Integer.parseInt(m.group(1));
        if (m.group(2) != null) {
            return quarter(year, Integer.parseInt(m.group(2)));
        }
        if (m.group(3) != null) {
            return month(year, Integer.parseInt(m.group(3)));
        }
        return annual(year);
    }

    /** The period of a frequency that contains a date. */
    public static Period containing(Frequency frequency, LocalDate date) {
        return switch (frequency) {
            case ANNUAL -> annual(date.getYear());
            case QUARTERLY -> quarter(date.getYear(), (date.getMonthValue() + 2) / 3);
            case MONTHLY -> month(date.getYear(), date.getMonthValue());
        };
    }

    public String code() {
        return switch (frequency) {
            case ANNUAL -> Integer.toString(year);
            case QUARTERLY -> year + "-Q" + index;
            case MONTHLY -> String.format("%d-M%02d", year, index);
        };
    }

    public LocalDate startDate() {
        return switch (frequency) {
            case ANNUAL -> LocalDate.of(year, 1, 1);
            case QUARTERLY -> LocalDate.of(year, (index - 1) * 3 + 1, 1);
            case MONTHLY -> LocalDate.of(year, index, 1);
        };
    }

    public LocalDate endDate() {
        return switch (frequency) {
            case ANNUAL -> LocalDate.of(year, 12, 31);
            case QUARTERLY -> YearMonth.of(year, index * 3).atEndOfMonth();
            case MONTHLY -> YearMonth.of(year, index).atEndOfMonth();
        };
    }

    public Period next() {
        return containing(frequency, endDate().plusDays(1));
    }

    public Period previous() {
        return containing(frequency, startDate().minusDays(1));
    }

    /** As a clerk writes it in 报告期: {@code 2024年}, {@code 2024年第3季度}, {@code 2024年9月}. */
    public String labelZh() {
        return switch (frequency) {
            case ANNUAL -> year + "年";
            case QUARTERLY -> year + "年第" + index + "季度";
            case MONTHLY -> year + "年" + index + "月";
        };
    }

    @Override
    public int compareTo(Period other) {
        int byEnd = endDate().compareTo(other.endDate());
        return byEnd != 0 ? byEnd : startDate().compareTo(other.startDate());
    }

    @Override
    public String toString() {
        return code();
    }
}
