package cn.jingan.planwatch.normalize;

/**
 * Where a table column stands and the unit its header names.
 *
 * @param column zero-based column index
 * @param cell   the header cell, e.g. {@code D5}
 * @param unit   the unit in brackets after a value header ({@code 本期值（万平方米）}), or empty
 */
record ColumnHead(int column, String cell, String unit) {
}
