/**
 * The Spring Batch jobs, one subpackage each, and what they share: the hand-off from the lake to the warehouse,
 * the dashboard rewritten after a publish, pruning the run history, the terminal progress bar, the test-only
 * pause. Job classes wire and delegate; the work is done by the capabilities.
 */
package cn.jingan.planwatch.jobs;
