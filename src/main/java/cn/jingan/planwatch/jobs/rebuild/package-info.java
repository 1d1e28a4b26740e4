/**
 * The rebuild job: the warehouse rebuilt from the lake alone, then checked against it.
 */
package cn.jingan.planwatch.jobs.rebuild;
