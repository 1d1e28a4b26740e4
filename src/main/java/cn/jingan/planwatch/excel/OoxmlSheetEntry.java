package cn.jingan.planwatch.excel;

/** A sheet as workbook.xml lists it: its name, its relationship to the sheet part, and whether it is shown. */
record OoxmlSheetEntry(String name, String relationshipId, boolean visible) {}
