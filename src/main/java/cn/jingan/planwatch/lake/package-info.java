/**
 * The Parquet lake: immutable files per year partition, a commit log, crash recovery and compaction. The only
 * package that touches parquet-java; its layout is {@code schemas/lake/*.schema}.
 */
package cn.jingan.planwatch.lake;
