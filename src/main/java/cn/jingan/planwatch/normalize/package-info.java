/**
 * From a workbook's rows to observations: finds a return's layout ({@link cn.jingan.planwatch.normalize.ReturnLayout}),
 * reads its values ({@link cn.jingan.planwatch.normalize.CellValues}) and validates it against the catalog
 * ({@link cn.jingan.planwatch.normalize.ReturnValidator}); {@link cn.jingan.planwatch.normalize.ReturnNormalizer}
 * does all three for one delivered file.
 */
package cn.jingan.planwatch.normalize;
