package cn.jingan.planwatch.excel;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Calls the caller's visitor from the parsing thread: keeps what the visitor throws to hand it
 * back unchanged, and once a read is given up, lets no further callback through.
 */
final class GuardedVisitor {

    private final SheetVisitor visitor;
    private final ReentrantLock lock = new ReentrantLock();
    private volatile boolean cancelled;
    private Throwable visitorFailure;

    GuardedVisitor(SheetVisitor visitor) {
        this.visitor = visitor;
    }

    void startSheet(String name) {
        call(() -> {
            visitor.startSheet(name);
            return Boolean.TRUE;
        });
    }

    boolean row(SheetRow row) {
        return call(() -> visitor.row(row));
    }

    boolean endSheet() {
        return call(visitor::endSheet);
    }

    boolean cancelled() {
        return cancelled;
    }

    /** No callback runs after this returns (unless the visitor itself hangs past a short grace). */
    void cancel() {
        boolean locked = false;
        try {
            locked = lock.tryLock(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            cancelled = true;
            if (locked) {
                lock.unlock();
            }
        }
    }

    /** Throws what the visitor threw, unchanged, if it threw anything. */
    void rethrowVisitorFailure() {
        Throwable failure;
        lock.lock();
        try {
            failure = visitorFailure;
        } finally {
            lock.unlock();
        }
        if (failure instanceof RuntimeException runtime) {
            throw runtime;
        }
        if (failure instanceof Error error) {
            throw error;
        }
        if (failure != null) {
            GuardedVisitor.<RuntimeException>sneakyThrow(failure);
        }
    }

    private boolean call(VisitorCall call) {
        lock.lock();
        try {
            if (cancelled) {
                throw ReadInterrupt.stopReading();
            }
            return call.run();
        } catch (ReadInterrupt interrupt) {
            throw interrupt;
        } catch (Throwable failure) {
            visitorFailure = failure;
            throw ReadInterrupt.visitorFailed();
        } finally {
            lock.unlock();
        }
    }

    @SuppressWarnings("unchecked")
    private static <T extends Throwable> void sneakyThrow(Throwable failure) throws T {
        throw (T) failure;
    }

    /** One callback into the visitor. */
    @FunctionalInterface
    private interface VisitorCall {
        boolean run();
    }
}
