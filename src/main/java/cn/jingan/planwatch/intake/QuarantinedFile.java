package cn.jingan.planwatch.intake;

/**
 * A file in quarantine and why it is there, from its receipt.
 *
 * @param path       relative to the data directory
 * @param errors     how many errors its receipt lists (0 when no receipt was found)
 * @param firstError the first error, with its cell, e.g. {@code 季报!C10 “约300”不是有效数值…}
 */
public record QuarantinedFile(String path, int errors, String firstError) {
}
