package cn.jingan.planwatch.reminder;

import cn.jingan.planwatch.catalog.Period;
import cn.jingan.planwatch.warehouse.DueReturn;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** The reminder a bureau reads in its outbox: what it still owes, by when, and where to put it. */
final class ReminderLetter {

    private ReminderLetter() {}

    static String text(String bureauCode, String bureauName, List<DueReturn> owed, LocalDate asOf, int withinDays,
                       List<String> templates) {
        StringBuilder text = new StringBuilder();
        text.append(bureauName).append("（").append(bureauCode).append("）报表报送提醒\n");
        text.append("统计日：").append(asOf).append("\n\n");
        List<DueReturn> overdue = owed.stream().filter(DueReturn::overdue).toList();
        List<DueReturn> dueSoon = owed.stream().filter(r -> !r.overdue()).toList();
        if (!overdue.isEmpty()) {
            text.append("一、逾期未报（已过报送截止日，请尽快报送）：\n");
            for (DueReturn r : overdue) {
                text.append("  ").append(periodZh(r.periodCode())).append("（").append(r.periodCode())
                        .append("）截止 ").append(r.dueDate()).append("，已逾期 ")
                        .append(ChronoUnit.DAYS.between(r.dueDate(), asOf)).append(" 天；尚缺指标：")
                        .append(r.indicators()).append("\n");
            }
            text.append("\n");
        }
        if (!dueSoon.isEmpty()) {
            text.append(overdue.isEmpty() ? "一、" : "二、").append("即将到期（").append(withinDays)
                    .append(" 天内截止，请按时报送）：\n");
            for (DueReturn r : dueSoon) {
                text.append("  ").append(periodZh(r.periodCode())).append("（").append(r.periodCode())
                        .append("）截止 ").append(r.dueDate()).append("；尚缺指标：").append(r.indicators())
                        .append("\n");
            }
            text.append("\n");
        }
        text.append("请将报表（.xlsx 或 .xls）放入 inbox/").append(bureauCode)
                .append("/ 文件夹。已报送的，请查看本文件夹中的回执；回执为“退回”的，请按回执修改后重新报送整个文件。\n");
        if (!templates.isEmpty()) {
            text.append("下一期报表的空白模板已放在本文件夹：").append(String.join("、", templates))
                    .append("，填好后放入 inbox/").append(bureauCode).append("/ 即可。\n");
        }
        return text.toString();
    }

    static String periodZh(String code) {
        return Period.parse(code).labelZh();
    }
}
