package cn.jingan.planwatch.samples;

import static java.util.Map.entry;

import cn.jingan.planwatch.catalog.Frequency;
import cn.jingan.planwatch.catalog.Period;
import cn.jingan.planwatch.samples.BureauStyle.Column;
import cn.jingan.planwatch.samples.BureauStyle.Extra;
import cn.jingan.planwatch.samples.BureauStyle.HeaderBlock;
import cn.jingan.planwatch.samples.BureauStyle.Kind;
import java.util.List;
import java.util.Map;

/** The eleven bureaus' habits, each a little different, as real returns are. */
final class BureauStyles {

    private static final String CN_QUARTERS = "一二三四";

    private static final Map<String, BureauStyle> STYLES = Map.ofEntries(
            entry("commerce", new BureauStyle("区商务委", 0, HeaderBlock.LABEL_THEN_VALUE, 0,
                    columns(Kind.CODE, "指标编码", Kind.NAME, "指标名称", Kind.UNIT, "计量单位",
                            Kind.VALUE, "本期值", Kind.NOTE, "备注"),
                    BureauStyles::commerceLabel, "注：本表数据为快报数，以统计部门最终核定数为准。",
                    "王敏", "021-62981234", Extra.NONE)),
            entry("finance", new BureauStyle("金融办", 0, HeaderBlock.COLON_IN_CELL, 1,
                    columns(Kind.SEQUENCE, "序号", Kind.CODE, "指标代码", Kind.NAME, "指标名称",
                            Kind.UNIT, "单位", Kind.VALUE, "数值", Kind.NOTE, "备注"),
                    p -> text(p.year() + "年1-" + p.index() * 3 + "月"), "注：数值为本年1月至报告期末累计数。",
                    "陈立", "021-62982201", Extra.NONE)),
            entry("scitech", new BureauStyle("区科委", 0, HeaderBlock.SPACED_LABEL_GAP_VALUE, 0,
                    columns(Kind.NAME, "指标名称", Kind.CODE, "指标编码", Kind.VALUE, "本期值",
                            Kind.UNIT, "计量单位", Kind.NOTE, "备注"),
                    p -> text(p.frequency() == Frequency.ANNUAL ? p.year() + "年度" : p.year() + "Q" + p.index()),
                    "填表说明：入孵企业数为期末在孵企业数，其余为本期新增数。", "李晓东", "021-62983310",
                    Extra.HIDDEN_OLD_SHEET_FIRST)),
            entry("market", new BureauStyle("区市场监管局", 2021, HeaderBlock.COLON_IN_CELL, 0,
                    columns(Kind.CODE, "编码", Kind.NAME, "指标名称", Kind.VALUE, "本期", Kind.UNIT, "单位"),
                    p -> text(p.year() + "年" + CN_QUARTERS.charAt(p.index() - 1) + "季度"),
                    "注：发明专利授权数以国家知识产权局公布数据为准。", "赵静", "021-62984455",
                    Extra.INSTRUCTIONS_SHEET_FIRST)),
            entry("housing", new BureauStyle("房管局", 0, HeaderBlock.LABEL_THEN_VALUE, 0,
                    columns(Kind.CODE, "指标编码", Kind.NAME, "指标名称", Kind.UNIT, "计量单位",
                            Kind.VALUE, "本期值", Kind.AREA, "区域", Kind.NOTE, "备注"),
                    p -> text(p.year() + "年第" + p.index() + "季度"), "注：改造面积为本季度竣工面积。",
                    "孙伟", "021-62985012", Extra.NONE)),
            entry("greening", new BureauStyle("区绿化市容局", 0, HeaderBlock.COLON_IN_CELL, 0,
                    columns(Kind.CODE, "指标编码", Kind.NAME, "指标名称", Kind.VALUE, "本期值（平方米）",
                            Kind.NOTE, "备注"),
                    p -> text(p.year() + "年第" + CN_QUARTERS.charAt(p.index() - 1) + "季度"),
                    "注：面积单位为平方米，按竣工验收面积填报。", "周芳", "021-62986678", Extra.NONE)),
            entry("construction", new BureauStyle("区建设和管理委员会", 0, HeaderBlock.LABEL_THEN_VALUE, 0,
                    columns(Kind.CODE, "指标代码", Kind.NAME, "指标名称", Kind.UNIT, "计量单位",
                            Kind.VALUE, "本期值", Kind.YEAR_TO_DATE, "本年累计", Kind.NOTE, "备注"),
                    p -> text(p.year() + "-Q" + p.index()), "注：本年累计为1月至本季度末累计完成面积。",
                    "吴刚", "021-62987720", Extra.NONE)),
            entry("drc", new BureauStyle("区发展改革委", 0, HeaderBlock.COLON_IN_CELL, 0,
                    columns(Kind.CODE, "指标编码", Kind.NAME, "指标名称", Kind.UNIT, "单位",
                            Kind.VALUE, "本期数", Kind.NOTE, "备注"),
                    p -> text(p.year() + "年第" + p.index() + "季度"), "注：民心工程以完工验收为准。",
                    "郑洁", "021-62988100", Extra.NONE)),
            entry("planning", new BureauStyle("区规划资源局", 0, HeaderBlock.COLON_IN_CELL, 0,
                    columns(Kind.CODE, "编码", Kind.NAME, "指标名称", Kind.UNIT, "计量单位", Kind.VALUE, "本期值"),
                    p -> text(Integer.toString(p.year())), "注：覆盖率=已建成基本单元数÷规划基本单元数。",
                    "冯宇", "021-62989034", Extra.NONE)),
            entry("health", new BureauStyle("区卫健委", 9999, HeaderBlock.LABEL_THEN_VALUE, 0,
                    columns(Kind.CODE, "指标编码", Kind.NAME, "指标名称", Kind.AREA, "街道",
                            Kind.UNIT, "计量单位", Kind.VALUE, "本期值", Kind.NOTE, "备注"),
                    p -> text(p.year() + "年"), "注：特色专科数按各社区卫生服务中心年末数填报。",
                    "何琳", "021-62990218", Extra.NONE)),
            entry("sports", new BureauStyle("体育局", 9999, HeaderBlock.COLON_LABEL_THEN_VALUE, 0,
                    columns(Kind.CODE, "指标编码", Kind.NAME, "指标名称", Kind.UNIT, "计量单位",
                            Kind.VALUE, "本期值", Kind.NOTE, "备注"),
                    p -> text(p.year() + "年度"), "注：人均体育场地面积=体育场地面积÷常住人口。",
                    "钱坤", "021-62991145", Extra.NONE)));

    private BureauStyles() {}

    static BureauStyle of(String bureau) {
        BureauStyle style = STYLES.get(bureau);
        if (style == null) {
            throw new IllegalArgumentException("no sample style for bureau " + bureau);
        }
        return style;
    }

    /** Commerce wrote months as a date cell in 2020, as {@code 2021-03} until 2022, then as {@code 2023年3月}. */
    private static Entry commerceLabel(Period p) {
        return switch (p.frequency()) {
            case ANNUAL -> text(p.year() + "年");
            case QUARTERLY -> text(p.year() + "年第" + p.index() + "季度");
            case MONTHLY -> p.year() == 2020 ? new Entry.Date(p.startDate())
                    : p.year() <= 2022 ? text(String.format("%d-%02d", p.year(), p.index()))
                    : text(p.year() + "年" + p.index() + "月");
        };
    }

    private static Entry text(String label) {
        return Entry.text(label);
    }

    private static List<Column> columns(Object... kindsAndHeadings) {
        Column[] columns = new Column[kindsAndHeadings.length / 2];
        for (int i = 0; i < columns.length; i++) {
            columns[i] = new Column((Kind) kindsAndHeadings[2 * i], (String) kindsAndHeadings[2 * i + 1]);
        }
        return List.of(columns);
    }
}
