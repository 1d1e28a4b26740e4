package cn.jingan.planwatch.excel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Number formats are told apart: dates, percentages, plain numbers. */
class NumberStyleTest {

    @ParameterizedTest(name = "[{0}] {1} is {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            9   | 0%                 | PERCENT
            10  | 0.00%              | PERCENT
            164 | [Red]0.0%;-0.0%    | PERCENT
            164 | 0.0"%"             | PLAIN
            164 | 0.0\\%             | PLAIN
            14  | m/d/yy             | DATE
            164 | yyyy"年"m"月"d"日" | DATE
            164 | yyyy-mm-dd         | DATE
            2   | 0.00               | PLAIN
            164 | #,##0.00_);(#,##0) | PLAIN
            """)
    void classifiesAFormat(int index, String code, NumberStyle expected) {
        // given a format index and code
        // when
        NumberStyle style = NumberStyle.of(index, code);
        // then
        assertThat(style).isEqualTo(expected);
    }
}
