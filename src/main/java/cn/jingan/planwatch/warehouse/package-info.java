/**
 * The DuckDB warehouse BI tools open: built from the live lake files and the catalog, published by
 * atomic rename, read back for reports. The only package that touches {@code org.duckdb} or JDBC.
 */
package cn.jingan.planwatch.warehouse;
