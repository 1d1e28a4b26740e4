/**
 * Quartz: the schedules of {@code jobs/*.yaml} loaded into the scheduler, catch-up after downtime, skipped fires
 * when another run holds the data directory, and a clean stop.
 */
package cn.jingan.planwatch.scheduling;
