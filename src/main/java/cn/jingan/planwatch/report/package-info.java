/**
 * What people read on a terminal or in a spreadsheet: the run report, the mid-term table, the section summary,
 * the lineage of a figure and the CSV export.
 */
package cn.jingan.planwatch.report;
