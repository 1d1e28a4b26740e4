/**
 * Workbooks and Apache POI: streams the visible sheets of a bureau's .xlsx, .xlsm or .xls return to a
 * {@link cn.jingan.planwatch.excel.SheetVisitor}, and writes the workbooks bureaus get back (templates, marked
 * copies of rejected returns). Besides it only {@code report.workbook} touches POI.
 */
package cn.jingan.planwatch.excel;
