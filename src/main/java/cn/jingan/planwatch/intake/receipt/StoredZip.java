package cn.jingan.planwatch.intake.receipt;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * A ZIP archive of stored (not deflated) entries with UTF-8 names, written in one pass: what a receipt workbook
 * of a few kilobytes needs, without setting up a deflater, which costs more than the whole receipt. Entries carry
 * the DOS epoch as their time, so the same receipt is the same bytes.
 */
final class StoredZip {

    private static final int LOCAL_HEADER = 0x04034b50;
    private static final int CENTRAL_HEADER = 0x02014b50;
    private static final int END_OF_CENTRAL_DIRECTORY = 0x06054b50;
    private static final short VERSION = 20;
    private static final short UTF8_NAMES = 0x0800;
    private static final short STORED = 0;
    private static final short DOS_EPOCH_DATE = (1 << 5) | 1;

    private final OutputStream out;
    private final ByteArrayOutputStream centralDirectory = new ByteArrayOutputStream();
    private int offset;
    private short entries;

    StoredZip(OutputStream out) {
        this.out = out;
    }

    void add(String name, byte[] data) throws IOException {
        byte[] nameBytes = name.getBytes(StandardCharsets.UTF_8);
        CRC32 crc = new CRC32();
        crc.update(data);
        ByteBuffer local = header(30, nameBytes).putInt(LOCAL_HEADER).putShort(VERSION);
        common(local, crc, data.length, nameBytes).putShort((short) 0).put(nameBytes);
        out.write(local.array());
        out.write(data);
        ByteBuffer central = header(46, nameBytes).putInt(CENTRAL_HEADER).putShort(VERSION).putShort(VERSION);
        common(central, crc, data.length, nameBytes).putShort((short) 0).putShort((short) 0).putShort((short) 0)
                .putShort((short) 0).putInt(0).putInt(offset).put(nameBytes);
        centralDirectory.write(central.array());
        offset += local.capacity() + data.length;
        entries++;
    }

    /** Writes the central directory; the stream stays open. */
    void finish() throws IOException {
        centralDirectory.writeTo(out);
        out.write(ByteBuffer.allocate(22).order(ByteOrder.LITTLE_ENDIAN).putInt(END_OF_CENTRAL_DIRECTORY)
                .putShort((short) 0).putShort((short) 0).putShort(entries).putShort(entries)
                .putInt(centralDirectory.size()).putInt(offset).putShort((short) 0).array());
    }

    private static ByteBuffer header(int fixedBytes, byte[] name) {
        return ByteBuffer.allocate(fixedBytes + name.length).order(ByteOrder.LITTLE_ENDIAN);
    }

    /** Flags, method, time, date, CRC, both sizes and the name's length: the fields both headers share. */
    private static ByteBuffer common(ByteBuffer header, CRC32 crc, int size, byte[] name) {
        return header.putShort(UTF8_NAMES).putShort(STORED).putShort((short) 0).putShort(DOS_EPOCH_DATE)
                .putInt((int) crc.getValue()).putInt(size).putInt(size).putShort((short) name.length);
    }
}
