package cn.jingan.planwatch.intake.receipt;

import cn.jingan.planwatch.datadir.BureauFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes each receipt into {@code outbox/<bureau>/} in every format, each file complete or absent: rendered in
 * memory (a receipt is a few kilobytes), written aside in one go, then renamed into place; readable by the
 * bureau's group only ({@link BureauFiles}).
 */
public final class Outbox {

    private static final int TYPICAL_RECEIPT_BYTES = 8 * 1024;

    private final Path root;
    private final List<ReceiptFormat> formats;

    public Outbox(Path root, List<ReceiptFormat> formats) {
        this.root = root;
        this.formats = formats;
    }

    public List<Path> deliver(Receipt receipt) {
        Path folder = root.resolve(receipt.bureauCode());
        try {
            List<Path> written = new ArrayList<>(formats.size());
            for (ReceiptFormat format : formats) {
                written.add(write(receipt, format, folder));
            }
            return written;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the receipt for " + receipt.baseName() + " in " + folder, e);
        }
    }

    /** The receipt, and for a rejected .xlsx a marked copy of the clerk's workbook beside it. */
    public List<Path> deliver(Receipt receipt, Path original) {
        List<Path> written = deliver(receipt);
        MarkedCopies.write(receipt, original, root.resolve(receipt.bureauCode())).ifPresent(written::add);
        return written;
    }

    private static Path write(Receipt receipt, ReceiptFormat format, Path folder) throws IOException {
        ByteArrayOutputStream rendered = new ByteArrayOutputStream(TYPICAL_RECEIPT_BYTES);
        format.write(receipt, rendered);
        return BureauFiles.write(folder, receipt.baseName() + "." + format.extension(), rendered.toByteArray());
    }
}
