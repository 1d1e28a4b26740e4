package cn.jingan.planwatch.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GoldenMidtermFiguresTest {

    private static final String COLUMNS = "indicator_code,area_code,as_of,cutoff,elapsed,baseline,latest,cumulative,"
            + "target,target_max,comparator,progress,status,projected,will_meet,areas_met,areas_total";

    @ParameterizedTest
    @ValueSource(strings = {"midterm_2023-06-30.csv", "midterm_2024-06-30.csv"})
    void holdsOneRowPerIndicatorAndOnePerAreaOfThePerAreaIndicatorSortedWithTheDistrictFirst(String file)
            throws IOException {
        // given
        List<String> lines = lines(file);

        // when
        List<String> keys = lines.stream().skip(1).map(l -> l.substring(0, l.indexOf(',', 4))).toList();

        // then
        assertThat(lines.get(0)).isEqualTo(COLUMNS);
        assertThat(keys).hasSize(24 + 14).doesNotHaveDuplicates();
        assertThat(keys.get(22)).isEqualTo("I23,JA");
        assertThat(keys.subList(23, 37)).isSorted().allMatch(k -> k.startsWith("I23,") && !k.equals("I23,JA"));
        assertThat(lines.stream().skip(1)).allMatch(l -> l.split(",", -1).length == 17);
    }

    @ParameterizedTest
    @ValueSource(strings = {"midterm_2023-06-30.csv", "midterm_2024-06-30.csv"})
    void givesTheDistrictARealisticMixOfStatuses(String file) throws IOException {
        // when
        Set<String> statuses = lines(file).stream().skip(1).map(l -> l.split(",", -1))
                .filter(f -> f[1].equals("JA")).map(f -> f[12]).collect(Collectors.toSet());

        // then
        assertThat(statuses).contains("achieved", "ahead", "on_track", "lagging", "no_data", "monitor");
    }

    private static List<String> lines(String file) throws IOException {
        try (InputStream in = GoldenMidtermFiguresTest.class.getResourceAsStream("/golden/" + file)) {
            assertThat(in).as(file).isNotNull();
            return Arrays.asList(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"));
        }
    }
}
