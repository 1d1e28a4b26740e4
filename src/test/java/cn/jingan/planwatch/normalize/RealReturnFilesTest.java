package cn.jingan.planwatch.normalize;

import static cn.jingan.planwatch.normalize.ReturnWorkbook.formula;
import static cn.jingan.planwatch.normalize.ReturnWorkbook.percent;
import static cn.jingan.planwatch.normalize.ReturnWorkbook.rich;
import static org.assertj.core.api.Assertions.assertThat;

import cn.jingan.planwatch.catalog.Catalog;
import cn.jingan.planwatch.excel.PoiWorkbookReader;
import cn.jingan.planwatch.excel.ReadLimits;
import cn.jingan.planwatch.normalize.ReturnWorkbook.Format;
import cn.jingan.planwatch.observation.PreviousValues;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Each reading and validation rule of spec section 1, over real .xlsx and .xls files written the way bureaus
 * write them, read by the real {@link PoiWorkbookReader} and validated by the real {@link ReturnNormalizer}.
 * Observations read as {@code indicator period area measure value sheet!cell}; findings as
 * {@code CODE sheet!cell}.
 */
class RealReturnFilesTest {

    private static final Catalog CATALOG = Catalog.load();
    private static final Instant RECEIVED = Instant.parse("2024-10-12T02:30:00Z");
    private static final String[] STANDARD_COLUMNS = {"指标编码", "指标名称", "本期值", "计量单位"};

    @TempDir
    Path dir;

    // ---- layout: title rows, merged cells, hidden sheets, where the header stands, labels, aliases, footnotes

    @ParameterizedTest
    @EnumSource(Format.class)
    void readsAReturnBelowAMergedTitleAndItsHeaderBlock(Format format) throws IOException {
        // given
        ReturnWorkbook workbook = ReturnWorkbook.in(format).sheet("报表")
                .standardTop("区房管局", "2024年第3季度", STANDARD_COLUMNS)
                .row(5, "I16", "旧住房综合改造面积", 25.3, "万平方米")
                .row(6, "I17", "小梁薄板非成套职工住宅改造完成率", 96.5, "%");

        // when
        ValidatedReturn result = validate(workbook, "housing");

        // then
        assertThat(result.findings()).isEmpty();
        assertThat(result.sheet()).isEqualTo("报表");
        assertThat(result.periodCode()).isEqualTo("2024-Q3");
        assertThat(observations(result)).containsExactly(
                "I16 2024-Q3 JA period 25.3 报表!C5",
                "I17 2024-Q3 JA period 96.5 报表!C6");
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void skipsHiddenAndVeryHiddenSheetsAndReadsTheFirstVisibleSheetWithATable(Format format) throws IOException {
        // given
        ReturnWorkbook workbook = ReturnWorkbook.in(format)
                .hiddenSheet("上季底稿", SheetVisibility.HIDDEN)
                .standardTop("区房管局", "2024年第2季度", STANDARD_COLUMNS).row(5, "I16", null, 999, "万平方米")
                .hiddenSheet("计算", SheetVisibility.VERY_HIDDEN)
                .standardTop("区房管局", "2024年第3季度", STANDARD_COLUMNS).row(5, "I16", null, 888, "万平方米")
                .sheet("填表说明").row(1, "请按季度填报，数值保留两位小数。")
                .sheet("本期").standardTop("区房管局", "2024年第3季度", STANDARD_COLUMNS)
                .row(5, "I16", null, 25.3, "万平方米")
                .sheet("附表").standardTop("区房管局", "2024年第3季度", STANDARD_COLUMNS)
                .row(5, "I17", null, 50, "%");

        // when
        ValidatedReturn result = validate(workbook, "housing");

        // then
        assertThat(observations(result)).containsExactly("I16 2024-Q3 JA period 25.3 本期!C5");
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void findsTheHeaderRowAnywhereInTheFirstThirtyRowsButNotBelow(Format format) throws IOException {
        // given
        ReturnWorkbook at30 = ReturnWorkbook.in(format).sheet("报表")
                .row(3, "填报单位：区房管局").row(12, "报告期：2024年第3季度")
                .row(30, "指标编码", "本期值").row(31, "I16", 25.3);
        ReturnWorkbook at31 = ReturnWorkbook.in(format).sheet("报表")
                .row(3, "填报单位：区房管局").row(12, "报告期：2024年第3季度")
                .row(31, "指标编码", "本期值").row(32, "I16", 25.3);

        // when
        ValidatedReturn found = validate(at30, "housing");
        ValidatedReturn notFound = validate(at31, "housing");

        // then
        assertThat(observations(found)).containsExactly("I16 2024-Q3 JA period 25.3 报表!B31");
        assertThat(errors(notFound)).containsExactly("NO_TABLE");
        assertThat(notFound.errors().get(0).messageZh()).contains("前 30 行", "“指标编码”", "“本期值”");
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void matchesLabelsAfterNfkcAndWithoutWhiteSpaceOfAnyWidth(Format format) throws IOException {
        // given: spaced labels, an ideographic space, full-width colon and digits
        ReturnWorkbook workbook = ReturnWorkbook.in(format).sheet("报表")
                .row(2, "填 报 单 位", "区房管局", null, "报\u3000告\u3000期：２０２４年第３季度")
                .row(4, " 指 标 编 码 ", "本\u00A0期\u00A0值", "计 量 单 位")
                .row(5, " I 16 ", 25.3, " 万 平 方 米 ");

        // when
        ValidatedReturn result = validate(workbook, "housing");

        // then
        assertThat(result.findings()).isEmpty();
        assertThat(observations(result)).containsExactly("I16 2024-Q3 JA period 25.3 报表!B5");
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void readsColumnAliasesInAnyOrderAndAUnitGivenInTheHeader(Format format) throws IOException {
        // given: 253,000 square metres is 25.3 of the catalog's 万平方米
        ReturnWorkbook workbook = ReturnWorkbook.in(format).sheet("报表")
                .row(1, "填报单位", "房管局", "报告期", "2024Q3")
                .row(3, "序号", "本期数（平方米）", "备注", "指标代码")
                .row(4, 1, 253000, "含零星改造", "I16");

        // when
        ValidatedReturn result = validate(workbook, "housing");

        // then
        assertThat(result.findings()).isEmpty();
        assertThat(observations(result)).containsExactly("I16 2024-Q3 JA period 25.3 报表!B4");
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void readsLabelsWrittenInRunsOfDifferentFontsAndAUnitForEachValueColumn(Format format) throws IOException {
        // given: 5,000 万元 is 0.5 亿元; the year to date is given in 亿元 already
        ReturnWorkbook workbook = ReturnWorkbook.in(format).sheet("报表")
                .row(2, rich("填报", "单位"), "区商务委", rich("报告期", "："), "2024年9月")
                .row(4, rich("指标", "编码"), rich("本期值", "（万元）"), rich("本年累计", "（亿元）"))
                .row(5, "I03", 5000, 12);

        // when
        ValidatedReturn result = validate(workbook, "commerce");

        // then
        assertThat(result.findings()).isEmpty();
        assertThat(observations(result)).containsExactly(
                "I03 2024-M09 JA period 0.5 报表!B5",
                "I03 2024-M09 JA ytd 12 报表!C5");
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void endsTheTableAtAFootnoteRowOrAFullyBlankRow(Format format) throws IOException {
        // given
        ReturnWorkbook footnote = ReturnWorkbook.in(format).sheet("报表")
                .standardTop("区房管局", "2024年第3季度", STANDARD_COLUMNS)
                .row(5, "I16", null, 25.3, "万平方米")
                .row(6, "注：I17 为初步数，以年报为准。")
                .row(7, "I17", null, "初步约 90", "%");
        ReturnWorkbook instructions = ReturnWorkbook.in(format).sheet("报表")
                .standardTop("区房管局", "2024年第3季度", STANDARD_COLUMNS)
                .row(5, "I16", null, 25.3, "万平方米")
                .row(6, "填表说明：1. 本期值按季度填报")
                .row(7, "I16", null, 1, "万平方米");
        ReturnWorkbook blank = ReturnWorkbook.in(format).sheet("报表")
                .standardTop("区房管局", "2024年第3季度", STANDARD_COLUMNS)
                .row(5, "I16", null, 25.3, "万平方米")
                .row(6, " ", "\u3000")
                .row(7, "I16", null, 1, "万平方米");

        // when / then
        for (ReturnWorkbook workbook : List.of(footnote, instructions, blank)) {
            ValidatedReturn result = validate(workbook, "housing");
            assertThat(result.findings()).isEmpty();
            assertThat(observations(result)).containsExactly("I16 2024-Q3 JA period 25.3 报表!C5");
        }
    }

    // ---- values

    @ParameterizedTest
    @EnumSource(Format.class)
    void readsFormulasByTheirCachedValueAndRejectsAFormulaError(Format format) throws IOException {
        // given
        ReturnWorkbook good = ReturnWorkbook.in(format).sheet("报表")
                .standardTop("区房管局", "2024年第3季度", STANDARD_COLUMNS)
                .row(5, "I16", null, formula("20+5.3"), "万平方米")
                .row(6, "I17", null, formula("C5*2"), "%");
        ReturnWorkbook broken = ReturnWorkbook.in(format).sheet("报表")
                .standardTop("区房管局", "2024年第3季度", STANDARD_COLUMNS)
                .row(5, "I16", null, formula("1/0"), "万平方米");

        // when
        ValidatedReturn read = validate(good, "housing");
        ValidatedReturn rejected = validate(broken, "housing");

        // then
        assertThat(observations(read)).containsExactly(
                "I16 2024-Q3 JA period 25.3 报表!C5",
                "I17 2024-Q3 JA period 50.6 报表!C6");
        assertThat(errors(rejected)).containsExactly("BAD_VALUE 报表!C5");
        assertThat(rejected.errors().get(0).messageZh()).contains("#DIV/0!", "请检查公式");
    }

    @Test
    void rejectsAFormulaSavedWithoutItsResultInsteadOfTakingItAsNotReported() throws IOException {
        // given a workbook written by a script: formulas, no cached results
        ReturnWorkbook scripted = ReturnWorkbook.in(Format.XLSX).uncalculated().sheet("报表")
                .standardTop("区房管局", "2024年第3季度", STANDARD_COLUMNS)
                .row(5, "I16", null, 25.3, "万平方米")
                .row(6, "I17", null, formula("C5*2"), "%");

        // when
        ValidatedReturn result = validate(scripted, "housing");

        // then
        assertThat(result.accepted()).isFalse();
        assertThat(errors(result)).containsExactly("NO_FORMULA_RESULT 报表!C6");
        assertThat(result.errors().get(0).messageZh()).startsWith("公式没有计算结果")
                .endsWith("请在 Excel 中打开、重新计算并保存后重新报送。");
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void rejectsANonzeroValueTheStoragePrecisionWouldTurnIntoZero(Format format) throws IOException {
        // given
        ReturnWorkbook tiny = ReturnWorkbook.in(format).sheet("报表")
                .standardTop("区房管局", "2024年第3季度", STANDARD_COLUMNS)
                .row(5, "I16", null, 0.0000004, "万平方米")
                .row(6, "I17", null, 0.0000005, "%");

        // when
        ValidatedReturn result = validate(tiny, "housing");

        // then the first would be stored as 0, the second rounds up to the last kept place
        assertThat(errors(result)).containsExactly("ROUNDS_TO_ZERO 报表!C5");
        assertThat(result.errors().get(0).messageZh()).contains("0.0000004", "6 位小数", "会变成 0");
        assertThat(validate(ReturnWorkbook.in(format).sheet("报表").standardTop("区房管局", "2024年第3季度",
                STANDARD_COLUMNS).row(5, "I16", null, 0.0000005, "万平方米"), "housing").observations().get(0).value())
                .isEqualByComparingTo("0.000001");
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void readsNumericTextWithThousandsCommasFullWidthDigitsAndSpacesOfAnyWidth(Format format) throws IOException {
        // given
        ReturnWorkbook workbook = ReturnWorkbook.in(format).sheet("报表")
                .standardTop("区商务委", "2024年第3季度", STANDARD_COLUMNS)
                .row(5, "I01", null, "1,234.5", "家")
                .row(6, "I02", null, "１２３", "家")
                .row(7, "I06", null, "\u3000 42\u00A0", "家");

        // when
        ValidatedReturn result = validate(workbook, "commerce");

        // then
        assertThat(result.findings()).isEmpty();
        assertThat(observations(result)).containsExactly(
                "I01 2024-Q3 JA period 1234.5 报表!C5",
                "I02 2024-Q3 JA period 123 报表!C6",
                "I06 2024-Q3 JA period 42 报表!C7");
        ReturnWorkbook fullWidth = ReturnWorkbook.in(format).sheet("报表")
                .standardTop("区房管局", "2024年第3季度", STANDARD_COLUMNS)
                .row(5, "I16", null, "＋１，２３４．５０", null)
                .row(6, "I17", null, "８８．５％", null);
        assertThat(observations(validate(fullWidth, "housing"))).containsExactly(
                "I16 2024-Q3 JA period 1234.5 报表!C5",
                "I17 2024-Q3 JA period 88.5 报表!C6");
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void readsAPercentFormattedCellAsAFractionAndPercentTextAsPoints(Format format) throws IOException {
        // given: 0.885 formatted as a percentage shows 88.50%; the catalog unit of I17 is %
        ReturnWorkbook cell = ReturnWorkbook.in(format).sheet("报表")
                .standardTop("区房管局", "2024年第3季度", STANDARD_COLUMNS)
                .row(5, "I17", null, percent(0.885), "%");
        ReturnWorkbook text = ReturnWorkbook.in(format).sheet("报表")
                .standardTop("区房管局", "2024年第3季度", STANDARD_COLUMNS)
                .row(5, "I17", null, "88%", null);

        // when / then
        assertThat(observations(validate(cell, "housing"))).containsExactly("I17 2024-Q3 JA period 88.5 报表!C5");
        assertThat(observations(validate(text, "housing"))).containsExactly("I17 2024-Q3 JA period 88 报表!C5");
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void takesDashesSlashesAndBlanksAsNotReported(Format format) throws IOException {
        // given
        ReturnWorkbook workbook = ReturnWorkbook.in(format).sheet("报表")
                .standardTop("区商务委", "2024年第3季度", "指标编码", "指标名称", "本期值", "本年累计")
                .row(5, "I01", null, "—", "/")
                .row(6, "I02", null, "——", "-")
                .row(7, "I06", "首店数量", null, " ");

        // when
        ValidatedReturn result = validate(workbook, "commerce");

        // then
        assertThat(result.accepted()).isTrue();
        assertThat(result.observations()).isEmpty();
        assertThat(warnings(result)).containsExactly("NO_VALUES 报表");
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void rejectsTextThatIsNoNumberAtItsCell(Format format) throws IOException {
        // given
        ReturnWorkbook workbook = ReturnWorkbook.in(format).sheet("报表")
                .standardTop("区房管局", "2024年第3季度", STANDARD_COLUMNS)
                .row(5, "I16", null, 25.3, "万平方米")
                .row(6, "I17", null, "约300", "%");

        // when
        ValidatedReturn result = validate(workbook, "housing");

        // then
        assertThat(result.accepted()).isFalse();
        assertThat(result.observations()).isEmpty();
        assertThat(errors(result)).containsExactly("BAD_VALUE 报表!C6");
        assertThat(result.errors().get(0).messageZh()).contains("“约300”不是有效数值");
    }

    // ---- year to date and period labels

    @ParameterizedTest
    @EnumSource(Format.class)
    void readsAYearToDateColumnBesideTheValue(Format format) throws IOException {
        // given
        ReturnWorkbook workbook = ReturnWorkbook.in(format).sheet("报表")
                .standardTop("区房管局", "2024年第3季度", "指标编码", "指标名称", "本期值", "累计值", "计量单位")
                .row(5, "I16", null, 5, 20, "万平方米");

        // when
        ValidatedReturn result = validate(workbook, "housing");

        // then
        assertThat(observations(result)).containsExactly(
                "I16 2024-Q3 JA period 5 报表!C5",
                "I16 2024-Q3 JA ytd 20 报表!D5");
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void readsAYearToDatePeriodLabelAsYearToDateValuesForEachFrequency(Format format) throws IOException {
        // given: 2024年1-9月 is 2024-Q3 for a quarterly indicator and 2024-M09 for a monthly one
        ReturnWorkbook quarterly = ReturnWorkbook.in(format).sheet("报表")
                .standardTop("区房管局", "2024年1-9月", STANDARD_COLUMNS)
                .row(5, "I16", null, 20, "万平方米");
        ReturnWorkbook monthly = ReturnWorkbook.in(format).sheet("报表")
                .standardTop("区商务委", "2024年1-9月", STANDARD_COLUMNS)
                .row(5, "I03", "社会消费品零售总额", 1234.5, "亿元");

        // when / then
        assertThat(observations(validate(quarterly, "housing"))).containsExactly("I16 2024-Q3 JA ytd 20 报表!C5");
        assertThat(observations(validate(monthly, "commerce"))).containsExactly("I03 2024-M09 JA ytd 1234.5 报表!C5");
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void readsChineseNumeralsAndEveryListedFormOfAPeriodLabel(Format format) throws IOException {
        // given
        Map<String, String> quarterly = Map.of("2024年三季度", "2024-Q3", "2024年第三季度", "2024-Q3",
                "2024-Q3", "2024-Q3", "2024Q4", "2024-Q4", "2024年第1季度", "2024-Q1");
        Map<String, String> monthly = Map.of("2024年十二月", "2024-M12", "2024年9月", "2024-M09",
                "2024-09", "2024-M09", "2024.09", "2024-M09", "2024年十一月份", "2024-M11");
        Map<String, String> annual = Map.of("2023年", "2023", "2023年度", "2023", "2023", "2023");

        // when / then
        quarterly.forEach((label, code) -> assertPeriod(format, "housing", label, "I16", code));
        monthly.forEach((label, code) -> assertPeriod(format, "commerce", label, "I03", code));
        annual.forEach((label, code) -> assertPeriod(format, "sports", label, "I24", code));
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void readsAPeriodGivenAsADateCellAsTheMonthHoldingIt(Format format) throws IOException {
        // given
        ReturnWorkbook workbook = ReturnWorkbook.in(format).sheet("报表")
                .row(2, "填报单位", "区商务委", null, "报告期", LocalDate.of(2024, 9, 30))
                .row(4, "指标编码", "本期值").row(5, "I03", 1234.5);

        // when
        ValidatedReturn result = validate(workbook, "commerce");

        // then
        assertThat(observations(result)).containsExactly("I03 2024-M09 JA period 1234.5 报表!B5");
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void rejectsAPeriodLabelItCannotReadAtItsCell(Format format) throws IOException {
        // given
        ReturnWorkbook workbook = ReturnWorkbook.in(format).sheet("报表")
                .standardTop("区房管局", "今年三季度", STANDARD_COLUMNS).row(5, "I16", null, 25.3, "万平方米");

        // when
        ValidatedReturn result = validate(workbook, "housing");

        // then
        assertThat(errors(result)).containsExactly("BAD_PERIOD 报表!E2");
        assertThat(result.errors().get(0).messageZh()).contains("“今年三季度”无法识别", "2024年第3季度");
    }

    // ---- size

    @ParameterizedTest
    @EnumSource(Format.class)
    void rejectsAFileOverTheSizeLimitBeforeOpeningIt(Format format) throws IOException {
        // given
        Path file = housingReturn(format, 25.3);
        ReadLimits tiny = new ReadLimits(10_000, 1_024, Duration.ofSeconds(30));

        // when
        ValidatedReturn result = validate(file, "housing", tiny, PreviousValues.NONE);

        // then
        assertThat(errors(result)).containsExactly("TOO_LARGE");
        assertThat(result.errors().get(0).messageZh()).contains("超过上限", "MB");
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void rejectsASheetWithMoreRowsThanTheLimitEarly(Format format) throws IOException {
        // given
        ReturnWorkbook workbook = ReturnWorkbook.in(format).sheet("报表")
                .standardTop("区房管局", "2024年第3季度", STANDARD_COLUMNS);
        for (int row = 5; row < 80; row++) {
            workbook.row(row, "I16", null, row, "万平方米");
        }
        Path file = workbook.write(inbox("housing"), "many-rows");

        // when
        ValidatedReturn result = validate(file, "housing", new ReadLimits(50, 100L << 20, Duration.ofSeconds(30)),
                PreviousValues.NONE);

        // then
        assertThat(errors(result)).containsExactly("TOO_LARGE");
        assertThat(result.errors().get(0).messageZh()).contains("行数超过 50 行");
    }

    // ---- bureau, ownership, frequency, areas, units, repeated keys

    @ParameterizedTest
    @EnumSource(Format.class)
    void takesTheBureauFromTheFolderAndRejectsAFileNamingAnotherBureau(Format format) throws IOException {
        // given: the housing bureau's return dropped into the greening bureau's folder
        ReturnWorkbook workbook = ReturnWorkbook.in(format).sheet("报表")
                .standardTop("区房管局", "2024年第3季度", STANDARD_COLUMNS).row(5, "I16", null, 25.3, "万平方米");

        // when
        ValidatedReturn result = validate(workbook, "greening");

        // then
        assertThat(errors(result)).containsExactly("WRONG_BUREAU 报表!B2", "NOT_OWNER 报表!A5");
        assertThat(result.errors().get(0).messageZh()).contains("“区房管局”", "区绿化市容局的收件目录");
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void acceptsTheBureauByNameAliasOrCodeAndOnlyWarnsOfAnUnknownName(Format format) throws IOException {
        for (String named : List.of("区房管局", "静安区房屋管理局", "housing")) {
            // given
            ReturnWorkbook workbook = ReturnWorkbook.in(format).sheet("报表")
                    .standardTop(named, "2024年第3季度", STANDARD_COLUMNS).row(5, "I16", null, 25.3, "万平方米");
            // when / then
            assertThat(validate(workbook, "housing").findings()).as(named).isEmpty();
        }
        // given
        ReturnWorkbook stranger = ReturnWorkbook.in(format).sheet("报表")
                .standardTop("房屋办", "2024年第3季度", STANDARD_COLUMNS).row(5, "I16", null, 25.3, "万平方米");
        // when
        ValidatedReturn result = validate(stranger, "housing");
        // then
        assertThat(result.accepted()).isTrue();
        assertThat(warnings(result)).containsExactly("UNKNOWN_BUREAU_NAME 报表!B2");
        assertThat(result.warnings().get(0).messageZh()).contains("“房屋办”", "区房管局");
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void rejectsAnIndicatorTheBureauDoesNotOwn(Format format) throws IOException {
        // given
        ReturnWorkbook workbook = ReturnWorkbook.in(format).sheet("报表")
                .standardTop("区房管局", "2024年第3季度", STANDARD_COLUMNS)
                .row(5, "I16", null, 25.3, "万平方米")
                .row(6, "I01", "全球服务机构数", 101, "家");

        // when
        ValidatedReturn result = validate(workbook, "housing");

        // then
        assertThat(errors(result)).containsExactly("NOT_OWNER 报表!A6");
        assertThat(result.errors().get(0).messageZh()).contains("I01", "由区商务委填报", "不属于区房管局");
        assertThat(result.observations()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void rejectsAnIndicatorWhoseFrequencyDoesNotFitThePeriod(Format format) throws IOException {
        // given: a monthly indicator in a quarterly return, a quarterly one in a monthly return
        ReturnWorkbook quarterly = ReturnWorkbook.in(format).sheet("报表")
                .standardTop("区商务委", "2024年第3季度", STANDARD_COLUMNS)
                .row(5, "I01", null, 101, "家")
                .row(6, "I03", null, 1234.5, "亿元");
        ReturnWorkbook monthly = ReturnWorkbook.in(format).sheet("报表")
                .standardTop("区商务委", "2024年9月", STANDARD_COLUMNS)
                .row(5, "I03", null, 1234.5, "亿元")
                .row(6, "I01", null, 101, "家");

        // when
        ValidatedReturn inQuarterly = validate(quarterly, "commerce");
        ValidatedReturn inMonthly = validate(monthly, "commerce");

        // then
        assertThat(errors(inQuarterly)).containsExactly("WRONG_FREQUENCY 报表!A6");
        assertThat(inQuarterly.errors().get(0).messageZh()).contains("本表报告期为季度", "I03", "为月度指标");
        assertThat(errors(inMonthly)).containsExactly("WRONG_FREQUENCY 报表!A6");
        assertThat(inMonthly.errors().get(0).messageZh()).contains("本表报告期为月度", "I01", "为季度指标");
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void takesAreasByCodeOrNameForPerAreaIndicatorsAndTheDistrictForTheOthers(Format format) throws IOException {
        // given: I23 is per area, I22 is the district's
        ReturnWorkbook workbook = ReturnWorkbook.in(format).sheet("报表")
                .standardTop("区卫健委", "2023年", "指标编码", "街道", "本期值")
                .row(5, "I23", "静安寺街道", 4)
                .row(6, "I23", "cjd", 3)
                .row(7, "I23", "彭 浦 镇", 5)
                .row(8, "I22", null, 12)
                .row(9, "I22", "静安区", 13);

        // when
        ValidatedReturn result = validate(workbook, "health");

        // then
        assertThat(errors(result)).containsExactly("DUPLICATE_KEY 报表!A9");
        ReturnWorkbook fixed = ReturnWorkbook.in(format).sheet("报表")
                .standardTop("区卫健委", "2023年", "指标编码", "街道", "本期值")
                .row(5, "I23", "静安寺街道", 4)
                .row(6, "I23", "cjd", 3)
                .row(7, "I23", "彭 浦 镇", 5)
                .row(8, "I22", "静安区", 13);
        assertThat(observations(validate(fixed, "health"))).containsExactly(
                "I23 2023 JAS period 4 报表!C5",
                "I23 2023 CJD period 3 报表!C6",
                "I23 2023 PPZ period 5 报表!C7",
                "I22 2023 JA period 13 报表!C8");
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void rejectsAMissingUnknownOrNeedlessArea(Format format) throws IOException {
        // given
        ReturnWorkbook workbook = ReturnWorkbook.in(format).sheet("报表")
                .standardTop("区卫健委", "2023年", "指标编码", "区域", "本期值")
                .row(5, "I23", null, 4)
                .row(6, "I23", "火星街道", 3)
                .row(7, "I23", "静安区", 40)
                .row(8, "I22", "JAS", 12);
        ReturnWorkbook noAreaColumn = ReturnWorkbook.in(format).sheet("报表")
                .standardTop("区卫健委", "2023年", "指标编码", "本期值")
                .row(5, "I23", 4);

        // when
        ValidatedReturn result = validate(workbook, "health");
        ValidatedReturn withoutColumn = validate(noAreaColumn, "health");

        // then
        assertThat(errors(result)).containsExactly("AREA_REQUIRED 报表!B5", "UNKNOWN_AREA 报表!B6",
                "AREA_REQUIRED 报表!B7", "AREA_NOT_ALLOWED 报表!B8");
        assertThat(result.errors()).extracting(Finding::messageZh).satisfiesExactly(
                m -> assertThat(m).contains("须按街道（镇）分别填报", "请在此格填写街道（镇）名称或代码"),
                m -> assertThat(m).contains("区域“火星街道”不在区域目录中"),
                m -> assertThat(m).contains("不能填“静安区”"),
                m -> assertThat(m).contains("I22", "按全区填报，不分街道（镇）"));
        assertThat(errors(withoutColumn)).containsExactly("AREA_REQUIRED 报表!A5");
        assertThat(withoutColumn.errors().get(0).messageZh()).contains("表中缺少“区域”列");
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void convertsUnitsIntoTheCatalogUnitAndTakesABlankUnitAsTheCatalogUnit(Format format) throws IOException {
        // given
        ReturnWorkbook areaUnits = ReturnWorkbook.in(format).sheet("报表")
                .standardTop("区房管局", "2024年第3季度", STANDARD_COLUMNS)
                .row(5, "I16", null, 253000, "平方米")
                .row(6, "I17", null, 96.5, null);
        ReturnWorkbook money = ReturnWorkbook.in(format).sheet("报表")
                .standardTop("区商务委", "2024年9月", STANDARD_COLUMNS)
                .row(5, "I03", null, 1234500, "万元");

        // when / then
        assertThat(observations(validate(areaUnits, "housing"))).containsExactly(
                "I16 2024-Q3 JA period 25.3 报表!C5",
                "I17 2024-Q3 JA period 96.5 报表!C6");
        assertThat(observations(validate(money, "commerce"))).containsExactly("I03 2024-M09 JA period 123.45 报表!C5");
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void rejectsAnotherCountUnitAndAnUnknownUnitAtTheUnitCell(Format format) throws IOException {
        // given
        ReturnWorkbook workbook = ReturnWorkbook.in(format).sheet("报表")
                .standardTop("区商务委", "2024年第3季度", STANDARD_COLUMNS)
                .row(5, "I01", null, 101, "个")
                .row(6, "I02", null, 7, "吨");

        // when
        ValidatedReturn result = validate(workbook, "commerce");

        // then
        assertThat(errors(result)).containsExactly("UNKNOWN_UNIT 报表!D5", "UNKNOWN_UNIT 报表!D6");
        assertThat(result.errors().get(0).messageZh()).contains("计量单位“个”无法换算", "请改为“家”");
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void rejectsTheSameIndicatorAndAreaTwiceInOneFile(Format format) throws IOException {
        // given
        ReturnWorkbook workbook = ReturnWorkbook.in(format).sheet("报表")
                .standardTop("区房管局", "2024年第3季度", STANDARD_COLUMNS)
                .row(5, "I16", null, 25.3, "万平方米")
                .row(6, "I17", null, 96.5, "%")
                .row(7, "I16", null, 26, "万平方米");

        // when
        ValidatedReturn result = validate(workbook, "housing");

        // then
        assertThat(errors(result)).containsExactly("DUPLICATE_KEY 报表!A7");
        assertThat(result.errors().get(0).messageZh()).contains("已在本表第 5 行填报");
    }

    // ---- warnings

    @ParameterizedTest
    @EnumSource(Format.class)
    void warnsOfAValueFiveTimesThePreviousPeriodsButAcceptsIt(Format format) throws IOException {
        // given: 2024-Q2 held 5; 25.3 is over five times that
        Path file = housingReturn(format, 25.3);
        PreviousValues previous = held(Map.of("I16|2024-Q2|JA|period", new BigDecimal("5")));

        // when
        ValidatedReturn result = validate(file, "housing", ReadLimits.DEFAULT, previous);

        // then
        assertThat(result.accepted()).isTrue();
        assertThat(observations(result)).containsExactly("I16 2024-Q3 JA period 25.3 报表!C5");
        assertThat(warnings(result)).containsExactly("VALUE_JUMP 报表!C5");
        assertThat(result.warnings().get(0).messageZh()).contains("25.3", "达到上期（2024-Q2）5 的 5 倍");
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void warnsOfAYearToDateThatDisagreesWithTheIncrementsButAcceptsIt(Format format) throws IOException {
        // given: 2024-Q2 year to date 10, plus this quarter's 5, is 15, not 20
        ReturnWorkbook workbook = ReturnWorkbook.in(format).sheet("报表")
                .standardTop("区房管局", "2024年第3季度", "指标编码", "指标名称", "本期值", "本年累计")
                .row(5, "I16", null, 5, 20);
        PreviousValues previous = held(Map.of("I16|2024-Q2|JA|ytd", new BigDecimal("10"),
                "I16|2024-Q2|JA|period", new BigDecimal("4")));

        // when
        ValidatedReturn result = validate(workbook.write(inbox("housing"), "ytd"), "housing", ReadLimits.DEFAULT,
                previous);

        // then
        assertThat(result.accepted()).isTrue();
        assertThat(warnings(result)).containsExactly("YTD_MISMATCH 报表!D5");
        assertThat(result.warnings().get(0).messageZh()).contains("本年累计 20", "之和 15");
    }

    // ---- every error, with a cap

    @ParameterizedTest
    @EnumSource(Format.class)
    void listsEveryErrorOfARejectedFileInRowOrder(Format format) throws IOException {
        // given
        ReturnWorkbook workbook = ReturnWorkbook.in(format).sheet("报表")
                .standardTop("区房管局", "2024年第3季度", STANDARD_COLUMNS)
                .row(5, "I16", null, "约25", "万平方米")
                .row(6, "I99", null, 1, "%")
                .row(7, null, null, 3, "%")
                .row(8, "I17", null, 96.5, "公顷");

        // when
        ValidatedReturn result = validate(workbook, "housing");

        // then
        assertThat(errors(result)).containsExactly("BAD_VALUE 报表!C5", "UNKNOWN_INDICATOR 报表!A6",
                "MISSING_CODE 报表!A7", "UNKNOWN_UNIT 报表!D8");
    }

    @ParameterizedTest
    @EnumSource(Format.class)
    void capsTheErrorsListedAndSaysHowManyWereLeftOut(Format format) throws IOException {
        // given
        ReturnWorkbook workbook = ReturnWorkbook.in(format).sheet("报表")
                .standardTop("区房管局", "2024年第3季度", STANDARD_COLUMNS);
        for (int row = 5; row < 5 + 250; row++) {
            workbook.row(row, "X" + row, null, 1, "万平方米");
        }

        // when
        ValidatedReturn result = validate(workbook, "housing");

        // then
        assertThat(result.errors()).hasSize(ReturnValidator.MAX_FINDINGS + 1);
        assertThat(result.errors().get(0).cell()).isEqualTo("A5");
        assertThat(result.errors().get(199).cell()).isEqualTo("A204");
        Finding note = result.errors().get(200);
        assertThat(note.code()).isEqualTo("TOO_MANY_ERRORS");
        assertThat(note.messageZh()).contains("前 200 处", "另有 50 处未列出");
    }

    // ---- helpers

    private void assertPeriod(Format format, String bureau, String label, String indicator, String code) {
        try {
            ReturnWorkbook workbook = ReturnWorkbook.in(format).sheet("报表")
                    .standardTop(CATALOG.bureau(bureau).orElseThrow().nameZh(), label, "指标编码", "本期值")
                    .row(5, indicator, 1);
            assertThat(observations(validate(workbook, bureau))).as(label)
                    .containsExactly(indicator + " " + code + " JA period 1 报表!B5");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private Path housingReturn(Format format, double i16) throws IOException {
        return ReturnWorkbook.in(format).sheet("报表")
                .standardTop("区房管局", "2024年第3季度", STANDARD_COLUMNS)
                .row(5, "I16", null, i16, "万平方米")
                .write(inbox("housing"), "housing-" + i16);
    }

    private int files;

    private ValidatedReturn validate(ReturnWorkbook workbook, String bureau) throws IOException {
        Path file = workbook.write(inbox(bureau), "return-" + ++files);
        return validate(file, bureau, ReadLimits.DEFAULT, PreviousValues.NONE);
    }

    private static ValidatedReturn validate(Path file, String bureau, ReadLimits limits, PreviousValues previous) {
        return new ReturnNormalizer(new PoiWorkbookReader(limits), CATALOG, previous)
                .normalize(new ReturnFile(file, bureau, "0".repeat(64), RECEIVED));
    }

    private Path inbox(String bureau) {
        return dir.resolve("inbox").resolve(bureau);
    }

    private static PreviousValues held(Map<String, BigDecimal> values) {
        return (indicator, period, area, measure) ->
                Optional.ofNullable(values.get(indicator + "|" + period + "|" + area + "|" + measure));
    }

    static List<String> observations(ValidatedReturn result) {
        return result.observations().stream().map(o -> String.join(" ", o.indicatorCode(), o.periodCode(),
                o.areaCode(), o.measure(), o.value().toPlainString(), o.sourceSheet() + "!" + o.sourceCell())).toList();
    }

    static List<String> errors(ValidatedReturn result) {
        return result.errors().stream().map(RealReturnFilesTest::located).toList();
    }

    static List<String> warnings(ValidatedReturn result) {
        return result.warnings().stream().map(RealReturnFilesTest::located).toList();
    }

    private static String located(Finding f) {
        return f.code() + (f.sheet() == null ? "" : " " + f.sheet() + (f.cell() == null ? "" : "!" + f.cell()));
    }
}
