package cn.jingan.planwatch.excel;

import java.time.Duration;

/** A point in wall-clock time after which reading one file gives up. */
final class Deadline {

    private final long endNanos;

    private Deadline(long endNanos) {
        this.endNanos = endNanos;
    }

    static Deadline after(Duration timeout) {
        long nanos = timeout.isNegative() ? 0 : saturatedNanos(timeout);
        long now = System.nanoTime();
        return new Deadline(now + Math.min(nanos, Long.MAX_VALUE / 4));
    }

    boolean passed() {
        return remainingNanos() <= 0;
    }

    long remainingNanos() {
        return endNanos - System.nanoTime();
    }

    private static long saturatedNanos(Duration timeout) {
        try {
            return timeout.toNanos();
        } catch (ArithmeticException tooLong) {
            return Long.MAX_VALUE;
        }
    }
}
