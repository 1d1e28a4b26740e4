/**
 * The Spring Batch jobs, one subpackage each, and what they share: the hand-off from the lake to the warehouse,
 * the terminal progress bar, the test-only pause. Job classes wire and delegate; the work is done by the
 * capabilities.
 */
package cn.jingan.planwatch.jobs;
