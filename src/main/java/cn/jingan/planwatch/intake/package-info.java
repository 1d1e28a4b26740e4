/**
 * Intake, one file at a time: the inbox scan ({@link cn.jingan.planwatch.intake.InboxScanner}), the fingerprint
 * and the verdict ({@link cn.jingan.planwatch.intake.FileExaminer}), duplicate settling, the lake commit and the
 * answer to each file ({@link cn.jingan.planwatch.intake.ChunkCommitter}), archive and quarantine. Receipts live
 * in {@code intake.receipt}.
 */
package cn.jingan.planwatch.intake;
