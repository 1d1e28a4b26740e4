package cn.jingan.planwatch.template;

import cn.jingan.planwatch.catalog.Bureau;
import cn.jingan.planwatch.catalog.Period;
import java.time.LocalDate;
import java.util.List;

/** The rules of a return (spec section 1) as a clerk reads them: the 填报说明 sheet and the note under the table. */
final class ClerkInstructions {

    private ClerkInstructions() {}

    static String footnote(Bureau bureau) {
        return "注：请只在黄色格中填写本期值，只填数字，按“计量单位”列的单位填写，没有数据的留空；灰色的上期值仅供核对，不会入库。"
                + "填好后保存，放入 inbox/" + bureau.code() + "/ 文件夹。详见“填报说明”工作表。";
    }

    static List<String> lines(Bureau bureau, Period period, LocalDate due) {
        return List.of(
                "一、本表是" + bureau.nameZh() + " " + period.labelZh() + "的报表，请于 " + due.getYear() + "年"
                        + due.getMonthValue() + "月" + due.getDayOfMonth() + "日前报送。表头（填报单位、报告期）已填好，"
                        + "请不要修改；其他报告期的数据请用该报告期的模板。",
                "二、一份报表一个 Excel 文件（.xlsx、.xlsm 或 .xls），放入本单位的文件夹 inbox/" + bureau.code()
                        + "/。文件夹代表报送单位，请不要放入其他单位的文件夹；以文件放入的时间为报送时间。",
                "三、只在黄色格中填写本期值。只填数字，如 1234.5；不要带单位、文字或“约”“左右”等字样。"
                        + "百分比指标填百分数的数字，如 96.5 表示 96.5%。名次填 1 或以上的整数。没有数据的请留空。",
                "四、单位以“计量单位”列为准。自制报表可用能换算的单位：平方米与万平方米，元、万元与亿元；"
                        + "家、个、项、件、位等个数单位必须与本表一致，不能换算。",
                "五、按街道（镇）填报的指标，每个街道（镇）一行，区域已列好，请逐行填写；其他指标按全区填报，区域为“静安区”，"
                        + "不要填写街道。同一指标、同一区域在一份报表中只能出现一次。",
                "六、整份报表一起校验：只要有一处错误，整份退回，其中的数据都不入库，请按回执逐项修改后重新报送整个文件。"
                        + "“提示”（如本期值超过上期的 5 倍）不影响接收，请核对。",
                "七、已接收的数据需要更正时，报送一份只含要更正数据的新文件即可：新数据取代原数据，原数据留档备查。"
                        + "内容完全相同的文件重复报送，不会重复入库。",
                "八、每个文件都会在 outbox/" + bureau.code() + "/ 收到回执：接收的列出每个入库的数据，请逐项核对；"
                        + "退回的列出每处错误所在的工作表、单元格和修改方法，另附一份在原文件上标出错误单元格的副本。",
                "九、灰色的“上期值”取自已入库的数据，只供参考，不会入库。黄色格以外的单元格已锁定；工作表保护没有密码，"
                        + "确需修改时可在“审阅—撤销工作表保护”中取消。");
    }
}
