package cn.jingan.planwatch.intake.receipt;

import cn.jingan.planwatch.normalize.Finding;
import java.time.Instant;
import java.util.List;

/**
 * What a bureau is told about one file: its status, and every error (with sheet, cell and what to fix)
 * and warning, and for an accepted file every value recorded. Written as an .xlsx a clerk opens and a JSON twin
 * for machines.
 */
public record Receipt(String status, String statusZh, String bureauCode, String bureauNameZh, String file,
                      String sha256, Instant receivedAt, Instant processedAt, String sheet, String periodCode,
                      int rows, String duplicateOf, String summaryZh, List<Finding> errors, List<Finding> warnings,
                      List<RecordedValue> values) {

    /** The receipt's file name without extension: the return's name and the start of its fingerprint. */
    public String baseName() {
        return file + "." + sha256.substring(0, 8) + ".receipt";
    }
}
