/**
 * Running a job now and what a run did: one run at a time per data directory (the run lock), resuming a killed
 * run, run summaries, recent runs and the metrics file. Used by the commands and by the scheduler alike.
 */
package cn.jingan.planwatch.runs;
