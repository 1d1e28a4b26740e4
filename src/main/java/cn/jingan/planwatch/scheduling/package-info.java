/**
 * Running the jobs unattended: the schedules of {@code jobs/*.yaml} loaded into Quartz, one run at a time per
 * data directory, catch-up after downtime, a clean stop, run summaries and the metrics file.
 */
package cn.jingan.planwatch.scheduling;
