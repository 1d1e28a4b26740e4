/**
 * The reminder job: a letter to each bureau that owes returns.
 */
package cn.jingan.planwatch.jobs.reminder;
