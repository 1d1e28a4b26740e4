package cn.jingan.planwatch.excel;

/** A cell of a clerk's workbook to mark as wrong, with what to fix. */
public record CellMark(String sheet, String cell, String message) {
}
