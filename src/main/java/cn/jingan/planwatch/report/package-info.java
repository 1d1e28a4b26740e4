/**
 * What people read: on a terminal the run report, the mid-term table, the section summary and the lineage of a
 * figure; the CSV export; the dashboard page; and, in {@code report.workbook}, the evaluation workbook.
 */
package cn.jingan.planwatch.report;
