package cn.jingan.planwatch.reminder;

import cn.jingan.planwatch.warehouse.DueReturn;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** The reminder a bureau reads in its outbox: what it still owes, by when, and where to put it. */
final class ReminderLetter {

    private ReminderLetter() {}

    static String text(String bureauCode, String bureauName, List<DueReturn> owed, LocalDate asOf, int withinDays) {
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
        return text.toString();
    }

    /** {@code 2024} → 2024年, {@code 2024-Q3} → 2024年第3季度, {@code 2024-M09} → 2024年9月. */
    static String periodZh(String code) {
        if (code.matches("\\d{4}")) {
            return code + "年";
        }
        if (code.matches("\\d{4}-Q[1-4]")) {
            return code.substring(0, 4) + "年第" + code.charAt(6) + "季度";
        }
        if (code.matches("\\d{4}-M\\d{2}")) {
            return code.substring(0, 4) + "年" + Integer.parseInt(code.substring(6)) + "月";
        }
        return code;
    }
}
