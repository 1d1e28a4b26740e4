/**
 * The receipt each file gets in outbox/&lt;bureau&gt;/: what it says ({@link cn.jingan.planwatch.intake.receipt.ReceiptFactory}),
 * its formats (a workbook for the clerk, JSON for machines) and how it reaches the outbox whole.
 */
package cn.jingan.planwatch.intake.receipt;
