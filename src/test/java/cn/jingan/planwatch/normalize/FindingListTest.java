package cn.jingan.planwatch.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

class FindingListTest {

    @Test
    void listsErrorsBeforeWarningsAndClosesEachCutListWithANote() {
        // given
        FindingList findings = new FindingList(2);
        findings.warning("W", "s", "A1", "w1");
        findings.error("E", "s", "B1", "e1");
        findings.warning("W", "s", "A2", "w2");
        findings.warning("W", "s", "A3", "w3");
        findings.error("E", "s", "B2", "e2");
        // when
        List<Finding> all = findings.toList();
        // then
        assertThat(all).extracting(Finding::code, Finding::cell).containsExactly(
                tuple("E", "B1"), tuple("E", "B2"),
                tuple("W", "A1"), tuple("W", "A2"),
                tuple("TOO_MANY_WARNINGS", null));
        assertThat(all.get(4).isError()).isFalse();
        assertThat(all.get(4).messageZh()).contains("另有 1 条");
        assertThat(findings.hasErrors()).isTrue();
    }
}
