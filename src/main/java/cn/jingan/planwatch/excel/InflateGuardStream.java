package cn.jingan.planwatch.excel;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads one ZIP entry and refuses it as a zip bomb once it inflates beyond the entry size bound, or, past
 * a grace size, to more than {@code 1 / minInflateRatio} times its packed size. The packed size is the one the
 * central directory declares, which also bounds how many packed bytes the JDK will read for the entry.
 */
final class InflateGuardStream extends FilterInputStream {

    /** Parts smaller than this are never judged by their ratio: tiny XML compresses very well. */
    static final long GRACE_BYTES = 100 * 1024;

    private final long packedBytes;
    private final long maxBytes;
    private final double minInflateRatio;
    private long inflated;

    InflateGuardStream(InputStream entry, long packedBytes, long maxBytes, double minInflateRatio) {
        super(entry);
        this.packedBytes = Math.max(0, packedBytes);
        this.maxBytes = maxBytes;
        this.minInflateRatio = minInflateRatio;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int read = super.read(buffer, offset, length);
        if (read > 0) {
            count(read);
        }
        return read;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        if (skipped > 0) {
            count(skipped);
        }
        return skipped;
    }

    private void count(long bytes) {
        inflated += bytes;
        if (inflated > maxBytes
                || inflated > GRACE_BYTES && (double) packedBytes / inflated < minInflateRatio) {
            throw ReadInterrupt.unreadable(Verdicts.unsafe(null));
        }
    }
}
