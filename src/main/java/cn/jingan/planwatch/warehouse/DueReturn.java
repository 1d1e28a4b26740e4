package cn.jingan.planwatch.warehouse;

import java.time.LocalDate;

/**
 * A return a bureau still owes: its period, due date, whether it is overdue, and the indicators not received.
 *
 * @param indicators codes and names of the indicators still missing, e.g. {@code I01 全球服务机构数、I02 ...}
 */
public record DueReturn(String bureauCode, String bureauName, String periodCode, LocalDate dueDate, boolean overdue,
                 String indicators) {
}
