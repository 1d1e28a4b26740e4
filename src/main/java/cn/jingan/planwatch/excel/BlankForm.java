package cn.jingan.planwatch.excel;

import java.math.BigDecimal;
import java.util.List;

/**
 * A blank return to fill in and print: its title, the header block as filled in, one row per value owed, and the
 * clerk's instructions.
 *
 * @param previousHeading the heading of the greyed reference column, e.g. {@code 上期值（2024年第2季度）}
 * @param footnote        the 注 line under the table
 * @param instructions    the lines of the 填报说明 sheet
 */
public record BlankForm(String title, String bureauName, String periodLabel, String previousHeading,
                        List<Row> rows, String footnote, List<String> instructions) {

    /** What a value cell accepts. */
    public enum ValueRule {
        /** any number, negative included */
        ANY_NUMBER,
        /** a number of zero or more */
        NOT_NEGATIVE,
        /** a whole number of one or more (a rank) */
        WHOLE_FROM_ONE
    }

    /**
     * One value owed.
     *
     * @param previous the value held for the previous period, or null
     */
    public record Row(String code, String name, String area, String unit, ValueRule rule, BigDecimal previous) {
    }
}
