package cn.jingan.planwatch.catalog;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A 报告期 as a bureau writes it, before it meets an indicator: {@code 2024年三季度},
 * {@code 2024-09}, {@code 2024年1-9月} (year to date). An indicator's frequency then says which
 * canonical {@link Period} it names, if any.
 *
 * @param granularity the kind of period the label names
 * @param yearToDate  true for labels such as {@code 2024年1-9月}: the return's values are YTD
 */
public record PeriodLabel(int year, Frequency granularity, int index, boolean yearToDate) {

    private static final String CN_DIGITS = "一二三四五六七八九十";

    private static final List<Rule> RULES = List.of(
            new Rule("(\\d{4})(?:年|年度)?", m -> annual(m)),
            new Rule("(\\d{4})年?第?([1-4一二三四])季度?", m -> of(m, Frequency.QUARTERLY, false)),
            new Rule("(\\d{4})[-_/.]?[Qq]([1-4])", m -> of(m, Frequency.QUARTERLY, false)),
            new Rule("(\\d{4})年(?:1|一)[-~—–至到](\\d{1,2}|[一二三四五六七八九十]+)月(?:份)?",
                    m -> of(m, Frequency.MONTHLY, true)),
            new Rule("(\\d{4})年(\\d{1,2}|[一二三四五六七八九十]+)月(?:份)?", m -> of(m, Frequency.MONTHLY, false)),
            new Rule("(\\d{4})[-./]M?(\\d{1,2})", m -> of(m, Frequency.MONTHLY, false)));

    /** Reads a label (null reads as blank); empty when it names no period this pipeline knows. */
    public static Optional<PeriodLabel> parse(String label) {
        String text = Labels.normalize(label);
        for (Rule rule : RULES) {
            Matcher m = rule.pattern.matcher(text);
            if (m.matches()) {
                PeriodLabel parsed = rule.build.apply(m);
                if (parsed != null) {
                    return Optional.of(parsed);
                }
            }
        }
        return Optional.empty();
    }

    /** A 报告期 held as a date cell names the month containing it. */
    public static PeriodLabel ofDate(LocalDate date) {
        return new PeriodLabel(date.getYear(), Frequency.MONTHLY, date.getMonthValue(), false);
    }

    /**
     * The period this label names for an indicator of the given frequency, or empty when the
     * two do not fit (a quarterly indicator in a monthly return).
     */
    public Optional<Period> resolve(Frequency frequency) {
        if (!yearToDate) {
            return granularity == frequency ? Optional.of(new Period(frequency, year, index)) : Optional.empty();
        }
        return switch (frequency) {
            case MONTHLY -> Optional.of(Period.month(year, index));
            case QUARTERLY -> index % 3 == 0 ? Optional.of(Period.quarter(year, index / 3)) : Optional.empty();
            case ANNUAL -> index == 12 ? Optional.of(Period.annual(year)) : Optional.empty();
        };
    }

    /** How a clerk would read it back, e.g. {@code 2024年第3季度} or {@code 2024年1-9月}. */
    public String display() {
        if (yearToDate) {
            return year + "年1-" + index + "月";
        }
        return switch (granularity) {
            case ANNUAL -> year + "年";
            case QUARTERLY -> year + "年第" + index + "季度";
            case MONTHLY -> year + "年" + index + "月";
        };
    }

    private static PeriodLabel annual(Matcher m) {
        return new PeriodLabel(Integer.parseInt(m.group(1)), Frequency.ANNUAL, 1, false);
    }

    private static PeriodLabel of(Matcher m, Frequency granularity, boolean yearToDate) {
        int index = number(m.group(2));
        int max = granularity == Frequency.QUARTERLY ? 4 : 12;
        if (index < 1 || index > max) {
            return null;
        }
        return new PeriodLabel(Integer.parseInt(m.group(1)), granularity, index, yearToDate);
    }

    /** Arabic digits or Chinese numerals up to 十二. */
    static int number(String text) {
        if (Character.isDigit(text.charAt(0))) {
            return Integer.parseInt(text);
        }
        if (text.length() == 1) {
            return CN_DIGITS.indexOf(text.charAt(0)) + 1;
        }
        if (text.length() == 2 && text.charAt(0) == '十') {
            return 10 + CN_DIGITS.indexOf(text.charAt(1)) + 1;
        }
        return -1;
    }

    private record Rule(Pattern pattern, Function<Matcher, PeriodLabel> build) {
        Rule(String regex, Function<Matcher, PeriodLabel> build) {
            this(Pattern.compile(regex), build);
        }
    }
}
