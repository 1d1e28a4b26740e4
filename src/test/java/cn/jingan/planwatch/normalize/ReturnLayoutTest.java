package cn.jingan.planwatch.normalize;

import static cn.jingan.planwatch.normalize.Rows.row;
import static org.assertj.core.api.Assertions.assertThat;

import cn.jingan.planwatch.excel.SheetRow;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReturnLayoutTest {

    private static ReturnSheet layOut(Sheet... sheets) {
        ReturnLayout layout = new ReturnLayout();
        Sheet.feed(layout, sheets);
        return layout.result().orElseThrow();
    }

    private static ReturnSheet layOut(List<SheetRow> rows) {
        return layOut(new Sheet("报表", rows));
    }

    @Test
    void takesAHeaderValueFromTheNextNonEmptyCellToTheRight() {
        // given
        List<SheetRow> rows = List.of(
                row(1, "静安区规划指标季报"),
                row(2, "填报单位", null, "区商务委", "报告期", "2024年第3季度"),
                row(3, "指标编码", "本期值"),
                row(4, "I01", 103));
        // when
        ReturnSheet sheet = layOut(rows);
        // then
        assertThat(sheet.field(HeaderField.BUREAU)).contains(new HeaderValue("区商务委", null, "C2"));
        assertThat(sheet.field(HeaderField.PERIOD)).contains(new HeaderValue("2024年第3季度", null, "E2"));
        assertThat(sheet.table().row()).isEqualTo(3);
        assertThat(sheet.rows()).hasSize(1);
    }

    @Test
    void takesAHeaderValueAfterAColonInTheSameCell() {
        // given
        List<SheetRow> rows = List.of(
                row(1, "填报单位：区商务委"),
                row(2, "报告期: 2024年第3季度", null, "填报人：张三", "联系电话：62981234"),
                row(3, "指标编码", "本期值"),
                row(4, "I01", 103));
        // when
        ReturnSheet sheet = layOut(rows);
        // then
        assertThat(sheet.field(HeaderField.BUREAU).orElseThrow().text()).isEqualTo("区商务委");
        assertThat(sheet.field(HeaderField.PERIOD)).contains(new HeaderValue("2024年第3季度", null, "A2"));
        assertThat(sheet.field(HeaderField.FILLED_BY).orElseThrow().text()).isEqualTo("张三");
        assertThat(sheet.field(HeaderField.PHONE).orElseThrow().text()).isEqualTo("62981234");
    }

    @Test
    void readsLabelsWrittenWithSpacesOfAnyWidthAndFullWidthColons() {
        // given
        List<SheetRow> rows = List.of(
                row(1, "填 报 单 位", "区商务委"),
                row(2, "报\u3000告\u3000期：", "2024年第3季度"),
                row(3, " 指标 编码 ", "本 期 值"),
                row(4, "I01", 103));
        // when
        ReturnSheet sheet = layOut(rows);
        // then
        assertThat(sheet.field(HeaderField.BUREAU).orElseThrow().text()).isEqualTo("区商务委");
        assertThat(sheet.field(HeaderField.PERIOD).orElseThrow().text()).isEqualTo("2024年第3季度");
        assertThat(sheet.rows()).hasSize(1);
    }

    @Test
    void leavesALabelWithoutValueEmptyRatherThanTakingTheNextLabel() {
        // given
        List<SheetRow> rows = List.of(
                row(2, "填报单位", "报告期", "2024年第3季度"),
                row(3, "指标编码", "本期值"),
                row(4, "I01", 103));
        // when
        ReturnSheet sheet = layOut(rows);
        // then
        assertThat(sheet.field(HeaderField.BUREAU)).contains(new HeaderValue("", null, "B2"));
        assertThat(sheet.field(HeaderField.PERIOD).orElseThrow().text()).isEqualTo("2024年第3季度");
    }

    @Test
    void keepsAPeriodHeldAsADateCellAsADate() {
        // given
        LocalDate day = LocalDate.of(2024, 9, 30);
        List<SheetRow> rows = List.of(
                row(1, "报告期", Rows.date(day)),
                row(2, "指标编码", "本期值"),
                row(3, "I03", 150.5));
        // when
        ReturnSheet sheet = layOut(rows);
        // then
        assertThat(sheet.field(HeaderField.PERIOD).orElseThrow().date()).isEqualTo(day);
        assertThat(sheet.field(HeaderField.PERIOD).orElseThrow().cell()).isEqualTo("B1");
    }

    @Test
    void recognisesAliasColumnsInAnyOrderAndIgnoresOthers() {
        // given
        List<SheetRow> rows = List.of(
                row(3, "序号", "数值", "备注", "街道", "单位", "指标代码", "累计值", "指标名称"),
                row(4, 1, 5, null, "静安寺街道", "个", "I23", null, "全科家庭医生特色专科数"));
        // when
        ReturnSheet sheet = layOut(rows);
        // then
        TableHeader table = sheet.table();
        assertThat(table.column(TableColumn.CODE).orElseThrow().column()).isEqualTo(5);
        assertThat(table.column(TableColumn.VALUE).orElseThrow().cell()).isEqualTo("B3");
        assertThat(table.column(TableColumn.AREA).orElseThrow().column()).isEqualTo(3);
        assertThat(table.column(TableColumn.UNIT).orElseThrow().column()).isEqualTo(4);
        assertThat(table.column(TableColumn.YTD).orElseThrow().column()).isEqualTo(6);
        assertThat(table.column(TableColumn.NAME).orElseThrow().column()).isEqualTo(7);
        assertThat(table.column(TableColumn.REMARK).orElseThrow().column()).isEqualTo(2);
        assertThat(table.columns()).hasSize(7);
    }

    @Test
    void acceptsTheShortAliasesOfCodeAndValue() {
        // given
        List<SheetRow> rows = List.of(row(1, "编码", "本期"), row(2, "I01", 1));
        // when
        TableHeader table = layOut(rows).table();
        // then
        assertThat(table.has(TableColumn.CODE)).isTrue();
        assertThat(table.has(TableColumn.VALUE)).isTrue();
        assertThat(layOut(List.of(row(1, "指标编码", "本期数"), row(2, "I01", 1))).table().has(TableColumn.VALUE))
                .isTrue();
    }

    @Test
    void takesTheUnitInBracketsAfterAValueHeader() {
        // given
        List<SheetRow> rows = List.of(
                row(1, "指标编码", "本期值（万平方米）", "本年累计(万元)", "指标名称（必填）"),
                row(2, "I16", 12.5));
        // when
        TableHeader table = layOut(rows).table();
        // then
        assertThat(table.column(TableColumn.VALUE).orElseThrow().unit()).isEqualTo("万平方米");
        assertThat(table.column(TableColumn.YTD).orElseThrow().unit()).isEqualTo("万元");
        assertThat(table.column(TableColumn.NAME).orElseThrow().unit()).isEmpty();
    }

    @Test
    void endsTheTableAtAFootnoteRow() {
        // given
        List<SheetRow> rows = List.of(
                row(1, "指标编码", "本期值"),
                row(2, "I01", 103),
                row(3, "注：本表数据为初步统计。"),
                row(4, "I02", 5));
        // when
        ReturnSheet sheet = layOut(rows);
        // then
        assertThat(sheet.rows()).extracting(SheetRow::number).containsExactly(2);
    }

    @Test
    void endsTheTableAtAFillingInstructionsRow() {
        // given
        List<SheetRow> rows = List.of(
                row(1, "指标编码", "本期值"),
                row(2, "I01", 103),
                row(3, null, "填表说明：1. 数值保留两位小数"),
                row(4, "I02", 5));
        // when
        ReturnSheet sheet = layOut(rows);
        // then
        assertThat(sheet.rows()).extracting(SheetRow::number).containsExactly(2);
    }

    @Test
    void keepsARowWhoseNameMerelyStartsWithTheCharacterOfANote() {
        // given
        List<SheetRow> rows = List.of(
                row(1, "指标名称", "指标编码", "本期值"),
                row(2, "注册企业数", "I01", 103));
        // when
        ReturnSheet sheet = layOut(rows);
        // then
        assertThat(sheet.rows()).hasSize(1);
    }

    @Test
    void endsTheTableAtTheFirstBlankRowWhetherSkippedOrPresent() {
        // given a reader that skipped empty row 3
        List<SheetRow> skipped = List.of(row(1, "指标编码", "本期值"), row(2, "I01", 1), row(4, "I02", 2));
        // and one that showed a row of blank cells
        List<SheetRow> shown = List.of(row(1, "指标编码", "本期值"), row(2, "I01", 1), row(3, " ", "\u3000"),
                row(4, "I02", 2));
        // when / then
        assertThat(layOut(skipped).rows()).extracting(SheetRow::number).containsExactly(2);
        assertThat(layOut(shown).rows()).extracting(SheetRow::number).containsExactly(2);
    }

    @Test
    void stopsReadingTheSheetOnceTheTableHasEnded() {
        // given
        ReturnLayout layout = new ReturnLayout();
        Sheet sheet = new Sheet("报表", List.of(row(1, "指标编码", "本期值"), row(2, "I01", 1), row(3, "注："),
                row(4, "x"), row(5, "y")));
        // when
        List<List<SheetRow>> shown = Sheet.feed(layout, sheet);
        // then
        assertThat(shown.get(0)).extracting(SheetRow::number).containsExactly(1, 2, 3);
    }

    @Test
    void skipsSheetsWithoutATableAndIgnoresSheetsAfterTheReturn() {
        // given
        Sheet cover = new Sheet("封面", List.of(row(1, "填报单位", "区科委"), row(2, "说明：本表每季度报送")));
        Sheet data = new Sheet("数据", List.of(row(1, "填报单位", "区商务委"), row(2, "指标编码", "本期值"),
                row(3, "I01", 1)));
        Sheet other = new Sheet("附表", List.of(row(1, "指标编码", "本期值"), row(2, "I02", 2)));
        ReturnLayout layout = new ReturnLayout();
        // when
        List<List<SheetRow>> shown = Sheet.feed(layout, cover, data, other);
        ReturnSheet sheet = layout.result().orElseThrow();
        // then
        assertThat(sheet.name()).isEqualTo("数据");
        assertThat(sheet.field(HeaderField.BUREAU).orElseThrow().text()).isEqualTo("区商务委");
        assertThat(shown).hasSize(2);
    }

    @Test
    void looksForTheTableHeaderOnlyInTheFirstThirtyRows() {
        // given
        List<SheetRow> late = List.of(row(31, "指标编码", "本期值"), row(32, "I01", 1));
        List<SheetRow> inTime = List.of(row(30, "指标编码", "本期值"), row(31, "I01", 1));
        // when
        ReturnLayout lateLayout = new ReturnLayout();
        Sheet.feed(lateLayout, new Sheet("报表", late));
        // then
        assertThat(lateLayout.result()).isEmpty();
        assertThat(layOut(inTime).rows()).hasSize(1);
    }

    @Test
    void needsBothTheCodeAndTheValueColumn() {
        // given
        ReturnLayout layout = new ReturnLayout();
        // when
        Sheet.feed(layout, new Sheet("报表", List.of(row(1, "指标编码", "指标名称"), row(2, "I01", "全球服务机构数"))));
        // then
        assertThat(layout.result()).isEmpty();
    }

    @Test
    void acceptsHeaderLabelsOnSeveralRowsAboveTheTable() {
        // given
        List<SheetRow> rows = List.of(
                row(1, "静安区规划指标报表"),
                row(2, "填报单位（盖章）：区房管局"),
                row(3, null, null, null, "报告期", "2024年三季度"),
                row(4, "填报日期", Rows.date(LocalDate.of(2024, 10, 10))),
                row(6, "指标编码", "本期值"),
                row(7, "I16", 12));
        // when
        ReturnSheet sheet = layOut(rows);
        // then
        assertThat(sheet.field(HeaderField.BUREAU).orElseThrow().text()).isEqualTo("区房管局");
        assertThat(sheet.field(HeaderField.PERIOD).orElseThrow().cell()).isEqualTo("E3");
        assertThat(sheet.field(HeaderField.FILLED_ON).orElseThrow().date()).isEqualTo(LocalDate.of(2024, 10, 10));
        assertThat(sheet.table().row()).isEqualTo(6);
    }
}
