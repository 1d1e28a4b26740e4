/**
 * Bureau templates: the blank return each bureau fills in for a period, with exactly the indicators it owes, the
 * previous period's values for reference and the filling rules, written into its outbox.
 */
package cn.jingan.planwatch.template;
