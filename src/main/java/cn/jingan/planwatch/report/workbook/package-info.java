/**
 * The mid-term evaluation workbook (中期评估) for the Development and Reform Commission: written with Apache POI,
 * the only place besides {@code excel} that touches it, since charts, data bars and conditional formats need it.
 */
package cn.jingan.planwatch.report.workbook;
