package cn.jingan.planwatch.normalize;

import static cn.jingan.planwatch.normalize.Rows.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.jingan.planwatch.catalog.Catalog;
import cn.jingan.planwatch.excel.UnreadableWorkbookException;
import cn.jingan.planwatch.observation.Observation;
import cn.jingan.planwatch.observation.PreviousValues;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReturnNormalizerTest {

    private static final Catalog CATALOG = Catalog.load();
    private static final ReturnFile FILE = new ReturnFile(Path.of("inbox/housing/房管局-2024Q3.xlsx"), "housing",
            "5ha", Instant.parse("2024-10-12T02:30:00Z"));

    private static ValidatedReturn normalize(FakeWorkbookReader reader) {
        return new ReturnNormalizer(reader, CATALOG, PreviousValues.NONE).normalize(FILE);
    }

    @Test
    void normalizesTheFirstSheetThatHoldsATable() {
        // given
        Sheet cover = new Sheet("封面", List.of(row(1, "静安区房管局“十四五”指标季报")));
        Sheet data = ReturnRows.of("区房管局", "2024-Q3").header("指标编码", "本期值（万平方米）")
                .row("I16", 25.3).sheet("数据");
        FakeWorkbookReader reader = FakeWorkbookReader.replaying(cover, data);
        // when
        ValidatedReturn result = normalize(reader);
        // then
        assertThat(reader.read).containsExactly(FILE.path());
        assertThat(result.accepted()).isTrue();
        assertThat(result.sheet()).isEqualTo("数据");
        assertThat(result.observations()).extracting(Observation::indicatorCode, Observation::periodCode,
                        o -> o.value().toPlainString(), Observation::sourceSheet, Observation::sourceCell,
                        Observation::sourceFile)
                .containsExactly(tuple("I16", "2024-Q3", "25.3", "数据", "B5", "房管局-2024Q3.xlsx"));
    }

    @Test
    void turnsAnUnreadableWorkbookIntoARejectionWithItsReason() {
        // given
        FakeWorkbookReader reader = FakeWorkbookReader.failingWith(new UnreadableWorkbookException(
                UnreadableWorkbookException.Reason.ENCRYPTED, "文件设有打开密码，请取消密码后重新报送。"));
        // when
        ValidatedReturn result = normalize(reader);
        // then
        assertThat(result.accepted()).isFalse();
        assertThat(result.observations()).isEmpty();
        assertThat(result.findings()).containsExactly(
                Finding.error("ENCRYPTED", null, null, "文件设有打开密码，请取消密码后重新报送。"));
    }

    @Test
    void turnsAReaderFailureIntoAnUnreadableRejectionInsteadOfThrowing() {
        // given
        FakeWorkbookReader reader = FakeWorkbookReader.failingWith(new IllegalStateException("zip bomb?"));
        // when
        ValidatedReturn result = normalize(reader);
        // then
        assertThat(result.errors()).extracting(Finding::code).containsExactly("UNREADABLE");
        assertThat(result.errors().get(0).messageZh()).contains("无法读取");
    }

    @Test
    void rejectsAWorkbookWithoutTableNamingTheLabelsItLookedFor() {
        // given
        Sheet sheet = new Sheet("Sheet1", List.of(row(1, "代码", "值"), row(2, "I16", 25.3)));
        // when
        ValidatedReturn result = normalize(FakeWorkbookReader.replaying(sheet));
        ValidatedReturn empty = normalize(FakeWorkbookReader.replaying());
        // then
        assertThat(result.errors()).extracting(Finding::code).containsExactly("NO_TABLE");
        assertThat(result.errors().get(0).messageZh())
                .contains("“指标编码”", "“指标代码”", "“编码”", "“本期值”", "“本期数”", "“本期”", "“数值”", "前 30 行");
        assertThat(result.sheet()).isNull();
        assertThat(empty.errors()).extracting(Finding::code).containsExactly("NO_TABLE");
    }

    @Test
    void readsEachFileWithAFreshLayout() {
        // given
        Sheet data = ReturnRows.of("区房管局", "2024-Q3").header("指标编码", "本期值").row("I16", 25.3).sheet("数据");
        FakeWorkbookReader reader = FakeWorkbookReader.replaying(data);
        ReturnNormalizer normalizer = new ReturnNormalizer(reader, CATALOG, PreviousValues.NONE);
        // when
        ValidatedReturn first = normalizer.normalize(FILE);
        ValidatedReturn second = normalizer.normalize(FILE);
        // then
        assertThat(second).isEqualTo(first);
        assertThat(second.observations()).hasSize(1);
    }
}
