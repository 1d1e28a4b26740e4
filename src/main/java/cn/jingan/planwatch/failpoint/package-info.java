/**
 * Named crash points (-Dplanwatch.failpoint=NAME) that the crash tests use to kill a run at a chosen moment.
 */
package cn.jingan.planwatch.failpoint;
