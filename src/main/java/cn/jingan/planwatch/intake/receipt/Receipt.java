package cn.jingan.planwatch.intake.receipt;

import cn.jingan.planwatch.intake.FileNames;
import cn.jingan.planwatch.normalize.Finding;
import java.time.Instant;
import java.util.List;

/**
 * What a bureau is told about one file: its status, and every error (with sheet, cell and what to fix)
 * and warning, and for an accepted file every value recorded. Written as an .xlsx a clerk opens and a JSON twin
 * for machines.
 *
 * @param sha256 the fingerprint of the file's bytes; null for an entry that was never read
 */
public record Receipt(String status, String statusZh, String bureauCode, String bureauNameZh, String file,
                      String sha256, Instant receivedAt, Instant processedAt, String sheet, String periodCode,
                      int rows, String duplicateOf, String summaryZh, List<Finding> errors, List<Finding> warnings,
                      List<RecordedValue> values) {

    /** Room for the longest extension a receipt format adds ({@code .xlsx}, {@code .json}). */
    private static final String FORMAT_EXTENSION = ".xlsx";

    /** The receipt's file name without extension: the return's name and the start of its fingerprint. */
    public String baseName() {
        return baseName(1);
    }

    /**
     * The {@code n}th free name for this receipt ({@code q3.xlsx.1a2b3c4d.receipt}, then
     * {@code q3.xlsx.1a2b3c4d-2.receipt} …), the return's name shortened where the whole would not fit the file
     * system; an entry never read carries its status instead of a fingerprint.
     */
    public String baseName(int n) {
        String tag = "." + (sha256 == null ? status : sha256.substring(0, 8)) + (n == 1 ? "" : "-" + n) + ".receipt";
        String fitted = FileNames.fit(file, tag + FORMAT_EXTENSION, true);
        return fitted.substring(0, fitted.length() - FORMAT_EXTENSION.length());
    }
}
