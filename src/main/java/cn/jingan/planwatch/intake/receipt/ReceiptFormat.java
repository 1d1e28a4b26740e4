package cn.jingan.planwatch.intake.receipt;

import java.io.IOException;
import java.io.OutputStream;

/** One way of writing a receipt down (a workbook for clerks, JSON for machines). */
public interface ReceiptFormat {

    /** The file extension, without the dot. */
    String extension();

    void write(Receipt receipt, OutputStream out) throws IOException;
}
