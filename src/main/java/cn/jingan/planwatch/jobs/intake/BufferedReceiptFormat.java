package cn.jingan.planwatch.jobs.intake;

import cn.jingan.planwatch.intake.Receipt;
import cn.jingan.planwatch.intake.ReceiptFormat;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/** A receipt format whose many small writes reach the file in a few large ones. */
final class BufferedReceiptFormat implements ReceiptFormat {

    private static final int BUFFER_BYTES = 64 * 1024;

    private final ReceiptFormat format;

    BufferedReceiptFormat(ReceiptFormat format) {
        this.format = format;
    }

    @Override
    public String extension() {
        return format.extension();
    }

    @Override
    public void write(Receipt receipt, OutputStream out) throws IOException {
        BufferedOutputStream buffered = new BufferedOutputStream(out, BUFFER_BYTES);
        format.write(receipt, buffered);
        buffered.flush();
    }
}
