package cn.jingan.planwatch.intake.receipt;

import cn.jingan.planwatch.datadir.BureauFiles;
import cn.jingan.planwatch.excel.CellMark;
import cn.jingan.planwatch.excel.MarkedCopy;
import cn.jingan.planwatch.intake.Outcome;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Beside the receipt of a rejected .xlsx whose table was read, {@code <receipt>.marked.xlsx}: a copy of the
 * clerk's own workbook with each wrong cell filled and commented. The original is only read; a copy that cannot be
 * made is left out (the receipt says everything it would) and logged.
 */
final class MarkedCopies {

    /** Larger workbooks get the receipt alone: marking loads the whole workbook into memory. */
    static final long MAX_BYTES = 4L * 1024 * 1024;
    static final String EXTENSION = "marked.xlsx";

    private static final Logger log = LoggerFactory.getLogger(MarkedCopies.class);

    private MarkedCopies() {}

    static Optional<Path> write(Receipt receipt, Path original, Path folder) {
        List<CellMark> marks = receipt.errors().stream().filter(f -> f.cell() != null && f.sheet() != null)
                .map(f -> new CellMark(f.sheet(), f.cell(), f.messageZh())).toList();
        if (!Outcome.REJECTED.code().equals(receipt.status()) || receipt.sheet() == null || marks.isEmpty()) {
            return Optional.empty();
        }
        try {
            if (!Files.isRegularFile(original) || Files.size(original) > MAX_BYTES) {
                return Optional.empty();
            }
            ByteArrayOutputStream copy = new ByteArrayOutputStream();
            if (!MarkedCopy.write(Files.readAllBytes(original), marks, copy)) {
                return Optional.empty();
            }
            return Optional.of(BureauFiles.write(folder, receipt.baseName() + "." + EXTENSION, copy.toByteArray()));
        } catch (IOException | RuntimeException e) {
            log.warn("receipt={} marked_copy=skipped reason=\"{}\"", receipt.baseName(), e.toString());
            return Optional.empty();
        }
    }
}
