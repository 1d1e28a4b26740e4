/**
 * Reminders: the returns each bureau still owes, written as a letter into its outbox.
 */
package cn.jingan.planwatch.reminder;
