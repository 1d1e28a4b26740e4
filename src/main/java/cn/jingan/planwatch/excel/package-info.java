/**
 * Workbook to rows: streams the visible sheets of a bureau's .xlsx, .xlsm or .xls return to a
 * {@link cn.jingan.planwatch.excel.SheetVisitor}. The only package that touches Apache POI.
 */
package cn.jingan.planwatch.excel;
