package cn.jingan.planwatch.normalize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.jingan.planwatch.catalog.Catalog;
import cn.jingan.planwatch.excel.SheetRow;
import cn.jingan.planwatch.observation.Observation;
import cn.jingan.planwatch.observation.PreviousValues;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReturnValidatorTest {

    private static final Catalog CATALOG = Catalog.load();
    private static final Instant RECEIVED = Instant.parse("2024-10-12T02:30:00Z");
    private static final String[] HEADER = {"指标编码", "指标名称", "计量单位", "本期值"};

    private static ReturnFile fileOf(String bureau) {
        return new ReturnFile(Path.of("inbox", bureau, bureau + "-return.xlsx"), bureau, "f00d", RECEIVED);
    }

    private static ValidatedReturn validate(String bureau, ReturnRows rows) {
        return validate(bureau, rows.rows(), PreviousValues.NONE);
    }

    private static ValidatedReturn validate(String bureau, List<SheetRow> rows, PreviousValues previous) {
        ReturnLayout layout = new ReturnLayout();
        Sheet.feed(layout, new Sheet("报表", rows));
        return new ReturnValidator(CATALOG, previous).validate(fileOf(bureau), layout.result().orElseThrow());
    }

    private static PreviousValues holding(Map<String, String> values) {
        return (indicator, period, area, measure) -> Optional.ofNullable(
                values.get(indicator + "|" + period + "|" + area + "|" + measure)).map(BigDecimal::new);
    }

    @Test
    void acceptsACleanReturnAndRecordsWhereEachValueCameFrom() {
        // given
        ReturnRows rows = ReturnRows.of("区商务委", "2024年第3季度").header((Object[]) HEADER)
                .row("I01", "全球服务机构数", "家", 103)
                .row("I02", "新增跨国公司地区总部及其他总部数", "家", " 5 ")
                .row("I06", "首店数量", null, "—");
        // when
        ValidatedReturn result = validate("commerce", rows);
        // then
        assertThat(result.accepted()).isTrue();
        assertThat(result.findings()).isEmpty();
        assertThat(result.sheet()).isEqualTo("报表");
        assertThat(result.periodCode()).isEqualTo("2024-Q3");
        assertThat(result.observations()).containsExactly(
                new Observation("I01", "2024-Q3", "JA", "period", new BigDecimal("103"), "家", "commerce",
                        "commerce-return.xlsx", "f00d", "报表", "D5", RECEIVED, null),
                new Observation("I02", "2024-Q3", "JA", "period", new BigDecimal("5"), "家", "commerce",
                        "commerce-return.xlsx", "f00d", "报表", "D6", RECEIVED, null));
    }

    @Test
    void acceptsTheFolderBureauNamedByAliasOrCode() {
        for (String name : List.of("commerce", "静安区商务委员会", "商 务 委")) {
            // given
            ReturnRows rows = ReturnRows.of(name, "2024Q3").header("指标编码", "本期值").row("I01", 103);
            // when
            ValidatedReturn result = validate("commerce", rows);
            // then
            assertThat(result.findings()).as(name).isEmpty();
        }
    }

    @Test
    void rejectsAFileFromAnotherBureau() {
        // given
        ReturnRows rows = ReturnRows.of("区科委", "2024年第3季度").header("指标编码", "本期值").row("I01", 103);
        // when
        ValidatedReturn result = validate("commerce", rows);
        // then
        assertThat(result.accepted()).isFalse();
        assertThat(result.observations()).isEmpty();
        assertThat(result.errors()).extracting(Finding::code, Finding::sheet, Finding::cell)
                .containsExactly(tuple("WRONG_BUREAU", "报表", "B2"));
        assertThat(result.errors().get(0).messageZh()).contains("区科委", "区商务委", "请把填报单位改为");
    }

    @Test
    void warnsButAcceptsWhenTheBureauNameIsNotRegistered() {
        // given
        ReturnRows rows = ReturnRows.of("商务委办公室", "2024年第3季度").header("指标编码", "本期值").row("I01", 103);
        // when
        ValidatedReturn result = validate("commerce", rows);
        // then
        assertThat(result.accepted()).isTrue();
        assertThat(result.warnings()).extracting(Finding::code, Finding::cell)
                .containsExactly(tuple("UNKNOWN_BUREAU_NAME", "B2"));
    }

    @Test
    void rejectsAFileInAFolderThatIsNoBureau() {
        // given
        ReturnRows rows = ReturnRows.of("区商务委", "2024年第3季度").header("指标编码", "本期值").row("I01", 103);
        // when
        ValidatedReturn result = validate("nobody", rows);
        // then
        assertThat(result.errors()).extracting(Finding::code).containsExactly("UNKNOWN_BUREAU");
    }

    @Test
    void rejectsAReturnWithoutPeriod() {
        // given a label with nothing beside it
        ReturnRows blank = ReturnRows.of("区商务委", null).header("指标编码", "本期值").row("I01", 103);
        // and a return with no label at all
        List<SheetRow> none = List.of(Rows.row(1, "指标编码", "本期值"), Rows.row(2, "I01", 103));
        // when
        ValidatedReturn blankResult = validate("commerce", blank);
        ValidatedReturn noneResult = validate("commerce", none, PreviousValues.NONE);
        // then
        assertThat(blankResult.errors()).extracting(Finding::code, Finding::cell)
                .containsExactly(tuple("NO_PERIOD", "E2"));
        assertThat(noneResult.errors()).extracting(Finding::code, Finding::cell)
                .containsExactly(tuple("NO_PERIOD", null));
        assertThat(noneResult.errors().get(0).messageZh()).contains("报告期：2024年第3季度");
        assertThat(blankResult.periodCode()).isNull();
    }

    @Test
    void rejectsAPeriodItCannotRead() {
        // given
        ReturnRows rows = ReturnRows.of("区商务委", "2024年第5季度").header("指标编码", "本期值").row("I01", 103);
        // when
        ValidatedReturn result = validate("commerce", rows);
        // then
        assertThat(result.errors()).extracting(Finding::code, Finding::cell).containsExactly(tuple("BAD_PERIOD", "E2"));
        assertThat(result.errors().get(0).messageZh()).contains("2024年第5季度", "2024年第3季度");
    }

    @Test
    void readsAChineseNumeralPeriod() {
        // given
        ReturnRows quarter = ReturnRows.of("区商务委", "2024年三季度").header("指标编码", "本期值").row("I01", 103);
        ReturnRows month = ReturnRows.of("区商务委", "2024年十二月").header("指标编码", "本期值").row("I03", 160);
        // when / then
        assertThat(validate("commerce", quarter).observations()).extracting(Observation::periodCode)
                .containsExactly("2024-Q3");
        assertThat(validate("commerce", month).observations()).extracting(Observation::periodCode)
                .containsExactly("2024-M12");
    }

    @Test
    void readsADateCellPeriodAsTheMonthContainingIt() {
        // given
        ReturnRows rows = ReturnRows.of("区商务委", Rows.date(LocalDate.of(2024, 9, 15)))
                .header("指标编码", "本期值").row("I03", 150.5);
        // when
        ValidatedReturn result = validate("commerce", rows);
        // then
        assertThat(result.periodCode()).isEqualTo("2024-M09");
        assertThat(result.observations()).extracting(Observation::periodCode, Observation::value)
                .containsExactly(tuple("2024-M09", new BigDecimal("150.5")));
    }

    @Test
    void rejectsAnUnknownIndicatorAtItsCodeCell() {
        // given
        ReturnRows rows = ReturnRows.of("区商务委", "2024年第3季度").header((Object[]) HEADER)
                .row("I01", "全球服务机构数", "家", 103)
                .row("I99", "不存在的指标", "家", 1);
        // when
        ValidatedReturn result = validate("commerce", rows);
        // then
        assertThat(result.errors()).extracting(Finding::code, Finding::cell)
                .containsExactly(tuple("UNKNOWN_INDICATOR", "A6"));
        assertThat(result.observations()).isEmpty();
    }

    @Test
    void rejectsAnIndicatorAnotherBureauOwns() {
        // given
        ReturnRows rows = ReturnRows.of("区商务委", "2024年第3季度").header((Object[]) HEADER)
                .row("I07", "新增重点金融机构数", "家", 3);
        // when
        ValidatedReturn result = validate("commerce", rows);
        // then
        assertThat(result.errors()).extracting(Finding::code, Finding::cell).containsExactly(tuple("NOT_OWNER", "A5"));
        assertThat(result.errors().get(0).messageZh()).contains("I07", "区金融办", "请删除此行");
    }

    @Test
    void rejectsAnIndicatorWhoseFrequencyDoesNotFitThePeriod() {
        // given
        ReturnRows rows = ReturnRows.of("区商务委", "2024年第3季度").header((Object[]) HEADER)
                .row("I01", "全球服务机构数", "家", 103)
                .row("I03", "社会消费品零售总额", "亿元", 420);
        // when
        ValidatedReturn result = validate("commerce", rows);
        // then
        assertThat(result.errors()).extracting(Finding::code, Finding::cell)
                .containsExactly(tuple("WRONG_FREQUENCY", "A6"));
        assertThat(result.errors().get(0).messageZh()).startsWith("本表报告期为季度").contains("I03", "为月度指标");
    }

    @Test
    void keepsSixDecimalPlacesAndRejectsAValueTooLargeToStore() {
        // given: a formula's cached 108.97000000000001 and a value in 元 entered as 亿元 by mistake
        ReturnRows rows = ReturnRows.of("区商务委", "2024年3月").header("指标编码", "本期值")
                .row("I03", 108.97000000000001);
        ReturnRows huge = ReturnRows.of("区商务委", "2024年3月").header("指标编码", "本期值")
                .row("I03", 123456789012345.0);
        // when
        ValidatedReturn rounded = validate("commerce", rows);
        ValidatedReturn rejected = validate("commerce", huge);
        // then: 6 places, half-up; more than 14 integer digits does not fit DECIMAL(20,6)
        assertThat(rounded.observations()).singleElement().extracting(o -> o.value().toPlainString())
                .isEqualTo("108.97");
        assertThat(rejected.errors()).extracting(Finding::code, Finding::cell).containsExactly(tuple("BAD_VALUE", "B5"));
        assertThat(rejected.errors().get(0).messageZh()).contains("过大", "14 位");
    }

    @Test
    void rejectsValuesThatAreNoNumbersAtTheirCells() {
        // given
        ReturnRows rows = ReturnRows.of("区商务委", "2024年第3季度").header((Object[]) HEADER)
                .row("I01", "全球服务机构数", "家", "约300")
                .row("I02", "新增跨国公司地区总部及其他总部数", "家", Rows.error("#DIV/0!"));
        // when
        ValidatedReturn result = validate("commerce", rows);
        // then
        assertThat(result.errors()).extracting(Finding::code, Finding::cell)
                .containsExactly(tuple("BAD_VALUE", "D5"), tuple("BAD_VALUE", "D6"));
        assertThat(result.errors().get(0).messageZh()).contains("约300", "请只填写数字");
        assertThat(result.errors().get(1).messageZh()).contains("#DIV/0!", "公式");
    }

    @Test
    void rejectsAUnitThatDoesNotConvert() {
        // given
        ReturnRows rows = ReturnRows.of("区商务委", "2024年第3季度").header((Object[]) HEADER)
                .row("I01", "全球服务机构数", "个", 103)
                .row("I02", "新增跨国公司地区总部及其他总部数", "公顷", 5)
                .row("I06", "首店数量", "家", 60);
        // when
        ValidatedReturn result = validate("commerce", rows);
        // then
        assertThat(result.errors()).extracting(Finding::code, Finding::cell)
                .containsExactly(tuple("UNKNOWN_UNIT", "C5"), tuple("UNKNOWN_UNIT", "C6"));
        assertThat(result.errors().get(0).messageZh()).contains("“个”", "请改为“家”");
    }

    @Test
    void convertsValuesIntoTheCatalogUnit() {
        // given
        ReturnRows rows = ReturnRows.of("区房管局", "2024年第3季度").header("指标编码", "计量单位", "本期值（平方米）")
                .row("I16", null, 125000)
                .row("I17", "%", Rows.percent(0.875));
        ReturnRows money = ReturnRows.of("区商务委", "2024年9月").header("指标编码", "单位", "本期值")
                .row("I03", "万元", "1,500,000.5");
        // when
        ValidatedReturn result = validate("housing", rows);
        ValidatedReturn moneyResult = validate("commerce", money);
        // then
        assertThat(result.findings()).isEmpty();
        assertThat(result.observations()).extracting(Observation::indicatorCode, o -> o.value().toPlainString(),
                Observation::unit).containsExactly(tuple("I16", "12.5", "万平方米"), tuple("I17", "87.5", "%"));
        assertThat(moneyResult.observations()).extracting(o -> o.value().toPlainString(), Observation::unit)
                .containsExactly(tuple("150.00005", "亿元"));
    }

    @Test
    void letsTheRowUnitOverrideTheHeaderUnit() {
        // given
        ReturnRows rows = ReturnRows.of("区房管局", "2024年第3季度").header("指标编码", "计量单位", "本期值(平方米)")
                .row("I16", "万平方米", 12.5);
        // when
        ValidatedReturn result = validate("housing", rows);
        // then
        assertThat(result.observations()).extracting(o -> o.value().toPlainString()).containsExactly("12.5");
    }

    @Test
    void rejectsAHeaderUnitThatDoesNotConvertAtTheHeaderCell() {
        // given
        ReturnRows rows = ReturnRows.of("区商务委", "2024年第3季度").header("指标编码", "本期值（万元）")
                .row("I01", 103);
        // when
        ValidatedReturn result = validate("commerce", rows);
        // then
        assertThat(result.errors()).extracting(Finding::code, Finding::cell).containsExactly(tuple("UNKNOWN_UNIT", "B4"));
    }

    @Test
    void requiresAnAreaForAPerAreaIndicator() {
        // given no area column
        ReturnRows noColumn = ReturnRows.of("区卫健委", "2024年").header("指标编码", "本期值").row("I23", 4);
        // and an area column left blank, or the district given
        ReturnRows blank = ReturnRows.of("区卫健委", "2024年").header("指标编码", "区域", "本期值")
                .row("I23", null, 4)
                .row("I23", "静安区", 40);
        // when
        ValidatedReturn noColumnResult = validate("health", noColumn);
        ValidatedReturn blankResult = validate("health", blank);
        // then
        assertThat(noColumnResult.errors()).extracting(Finding::code, Finding::cell)
                .containsExactly(tuple("AREA_REQUIRED", "A5"));
        assertThat(noColumnResult.errors().get(0).messageZh()).contains("请增加“区域”列");
        assertThat(blankResult.errors()).extracting(Finding::code, Finding::cell)
                .containsExactly(tuple("AREA_REQUIRED", "B5"), tuple("AREA_REQUIRED", "B6"));
    }

    @Test
    void acceptsStreetsByCodeOrNameForAPerAreaIndicator() {
        // given
        ReturnRows rows = ReturnRows.of("区卫健委", "2024年").header("指标编码", "街道", "本期值")
                .row("I23", "静安寺街道", 4)
                .row("I23", "cjd", 3)
                .row("I22", null, 12);
        // when
        ValidatedReturn result = validate("health", rows);
        // then
        assertThat(result.findings()).isEmpty();
        assertThat(result.observations()).extracting(Observation::indicatorCode, Observation::areaCode)
                .containsExactly(tuple("I23", "JAS"), tuple("I23", "CJD"), tuple("I22", "JA"));
    }

    @Test
    void rejectsAnUnknownArea() {
        // given
        ReturnRows rows = ReturnRows.of("区卫健委", "2024年").header("指标编码", "区域", "本期值")
                .row("I23", "静安寺", 4);
        // when
        ValidatedReturn result = validate("health", rows);
        // then
        assertThat(result.errors()).extracting(Finding::code, Finding::cell).containsExactly(tuple("UNKNOWN_AREA", "B5"));
    }

    @Test
    void rejectsAStreetForADistrictIndicatorButTakesTheDistrictByName() {
        // given
        ReturnRows rows = ReturnRows.of("区商务委", "2024年第3季度").header("指标编码", "区域", "本期值")
                .row("I01", "静安区", 103)
                .row("I02", "南京西路街道", 5);
        // when
        ValidatedReturn result = validate("commerce", rows);
        // then
        assertThat(result.errors()).extracting(Finding::code, Finding::cell)
                .containsExactly(tuple("AREA_NOT_ALLOWED", "B6"));
    }

    @Test
    void rejectsTheSameIndicatorAndAreaTwiceOnTheSecondRow() {
        // given
        ReturnRows rows = ReturnRows.of("区卫健委", "2024年").header("指标编码", "区域", "本期值")
                .row("I23", "JAS", 4)
                .row("I23", "CJD", 3)
                .row("I23", "静安寺街道", 5);
        // when
        ValidatedReturn result = validate("health", rows);
        // then
        assertThat(result.errors()).extracting(Finding::code, Finding::cell)
                .containsExactly(tuple("DUPLICATE_KEY", "A7"));
        assertThat(result.errors().get(0).messageZh()).contains("第 5 行");
    }

    @Test
    void rejectsAValueWithoutIndicatorCodeButSkipsHeadingRows() {
        // given
        ReturnRows rows = ReturnRows.of("区商务委", "2024年第3季度").header((Object[]) HEADER)
                .row(null, "一、对外开放")
                .row(null, "合计", null, 168);
        // when
        ValidatedReturn result = validate("commerce", rows);
        // then
        assertThat(result.errors()).extracting(Finding::code, Finding::cell).containsExactly(tuple("MISSING_CODE", "A6"));
    }

    @Test
    void collectsEveryErrorNotOnlyTheFirst() {
        // given
        ReturnRows rows = ReturnRows.of("区科委", "2024年第3季度").header((Object[]) HEADER)
                .row("I99", "x", "家", 1)
                .row("I01", "全球服务机构数", "家", "约100")
                .row("I02", "新增跨国公司地区总部及其他总部数", "吨", 5);
        // when
        ValidatedReturn result = validate("commerce", rows);
        // then
        assertThat(result.errors()).extracting(Finding::code).containsExactly("WRONG_BUREAU", "UNKNOWN_INDICATOR",
                "BAD_VALUE", "UNKNOWN_UNIT");
    }

    @Test
    void capsTheErrorsAtTwoHundredWithANote() {
        // given
        ReturnRows rows = ReturnRows.of("区商务委", "2024年第3季度").header("指标编码", "本期值");
        for (int i = 0; i < 250; i++) {
            rows.row("X" + i, 1);
        }
        // when
        ValidatedReturn result = validate("commerce", rows);
        // then
        assertThat(result.errors()).hasSize(201);
        assertThat(result.errors().get(199).cell()).isEqualTo("A204");
        assertThat(result.errors().get(200).code()).isEqualTo("TOO_MANY_ERRORS");
        assertThat(result.errors().get(200).messageZh()).contains("200", "50");
    }

    @Test
    void makesEveryValueOfAYearToDateReturnAYearToDateValue() {
        // given
        ReturnRows rows = ReturnRows.of("区商务委", "2024年1-9月").header("指标编码", "本期值")
                .row("I02", 15)
                .row("I03", 1200);
        // when
        ValidatedReturn result = validate("commerce", rows);
        // then
        assertThat(result.findings()).isEmpty();
        assertThat(result.periodCode()).isEqualTo("2024-M09");
        assertThat(result.observations()).extracting(Observation::indicatorCode, Observation::periodCode,
                Observation::measure).containsExactly(tuple("I02", "2024-Q3", "ytd"), tuple("I03", "2024-M09", "ytd"));
    }

    @Test
    void rejectsAnAnnualIndicatorInAYearToDateReturnBeforeDecember() {
        // given
        ReturnRows rows = ReturnRows.of("区商务委", "2024年1-9月").header("指标编码", "本期值").row("I05", 800);
        // when
        ValidatedReturn result = validate("commerce", rows);
        // then
        assertThat(result.errors()).extracting(Finding::code, Finding::cell)
                .containsExactly(tuple("WRONG_FREQUENCY", "A5"));
    }

    @Test
    void addsAYearToDateObservationFromTheYearToDateColumn() {
        // given
        ReturnRows rows = ReturnRows.of("区商务委", "2024年第3季度").header("指标编码", "本期值", "本年累计")
                .row("I02", 5, 15)
                .row("I06", "—", 180);
        // when
        ValidatedReturn result = validate("commerce", rows);
        // then
        assertThat(result.observations()).extracting(Observation::indicatorCode, Observation::measure,
                        o -> o.value().toPlainString(), Observation::sourceCell)
                .containsExactly(tuple("I02", "period", "5", "B5"), tuple("I02", "ytd", "15", "C5"),
                        tuple("I06", "ytd", "180", "C6"));
    }

    @Test
    void rejectsAYearToDateColumnThatContradictsAYearToDateReturn() {
        // given
        ReturnRows rows = ReturnRows.of("区商务委", "2024年1-9月").header("指标编码", "本期值", "本年累计")
                .row("I02", 15, 16)
                .row("I06", 180, 180);
        // when
        ValidatedReturn result = validate("commerce", rows);
        // then
        assertThat(result.errors()).extracting(Finding::code, Finding::cell).containsExactly(tuple("YTD_CONFLICT", "C5"));
    }

    @Test
    void warnsWhenAReturnReportsNothing() {
        // given
        ReturnRows rows = ReturnRows.of("区商务委", "2024年第3季度").header("指标编码", "本期值").row("I01", "—");
        // when
        ValidatedReturn result = validate("commerce", rows);
        // then
        assertThat(result.accepted()).isTrue();
        assertThat(result.warnings()).extracting(Finding::code).containsExactly("NO_VALUES");
    }

    @Test
    void warnsOfAValueFiveTimesOrAFifthOfThePreviousPeriod() {
        // given
        PreviousValues previous = holding(Map.of(
                "I01|2024-Q2|JA|period", "20",
                "I02|2024-Q2|JA|period", "100",
                "I06|2024-Q2|JA|period", "13"));
        ReturnRows rows = ReturnRows.of("区商务委", "2024年第3季度").header("指标编码", "本期值")
                .row("I01", 100)
                .row("I02", 20)
                .row("I06", 64);
        // when
        ValidatedReturn result = validate("commerce", rows.rows(), previous);
        // then
        assertThat(result.accepted()).isTrue();
        assertThat(result.warnings()).extracting(Finding::code, Finding::cell)
                .containsExactly(tuple("VALUE_JUMP", "B5"), tuple("VALUE_JUMP", "B6"));
        assertThat(result.warnings().get(0).messageZh()).contains("2024-Q2", "5 倍");
        assertThat(result.warnings().get(1).messageZh()).contains("五分之一");
    }

    @Test
    void warnsOfAYearToDateThatDisagreesWithThePreviousOnePlusTheIncrement() {
        // given
        PreviousValues previous = holding(Map.of(
                "I02|2024-Q2|JA|ytd", "12",
                "I06|2024-Q2|JA|ytd", "120"));
        ReturnRows rows = ReturnRows.of("区商务委", "2024年第3季度").header("指标编码", "本期值", "本年累计")
                .row("I02", 5, 18)
                .row("I06", 60, 180);
        // when
        ValidatedReturn result = validate("commerce", rows.rows(), previous);
        // then
        assertThat(result.warnings()).extracting(Finding::code, Finding::cell)
                .containsExactly(tuple("YTD_MISMATCH", "C5"));
        assertThat(result.warnings().get(0).messageZh()).contains("18", "12", "17");
    }

    @Test
    void warnsOfAFirstQuarterYearToDateThatDiffersFromItsIncrement() {
        // given
        ReturnRows rows = ReturnRows.of("区商务委", "2024年第1季度").header("指标编码", "本期值", "本年累计")
                .row("I02", 5, 6)
                .row("I06", 60, 60);
        // when
        ValidatedReturn result = validate("commerce", rows);
        // then
        assertThat(result.warnings()).extracting(Finding::code, Finding::cell)
                .containsExactly(tuple("YTD_MISMATCH", "C5"));
    }

    @Test
    void checksAYearToDateReturnAgainstTheHeldIncrement() {
        // given
        PreviousValues previous = holding(Map.of(
                "I03|2024-M09|JA|period", "150",
                "I03|2024-M08|JA|ytd", "1000"));
        ReturnRows rows = ReturnRows.of("区商务委", "2024年1-9月").header("指标编码", "本期值").row("I03", 1200);
        // when
        ValidatedReturn result = validate("commerce", rows.rows(), previous);
        // then
        assertThat(result.warnings()).extracting(Finding::code, Finding::cell)
                .containsExactly(tuple("YTD_MISMATCH", "B5"));
    }
}
