package cn.jingan.planwatch.excel;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads workbooks are parsed on, so that a parser that hangs inside a library can be timed out and left
 * behind. Reused from file to file (starting a thread costs more than reading a small return); one that is left
 * behind is simply replaced. Daemon threads: a hung parse never keeps the process alive.
 */
final class ReaderThreads {

    private static final ExecutorService THREADS = Executors.newCachedThreadPool(daemonThreads());

    private ReaderThreads() {}

    /** Runs a parse; while it runs its thread is named after the file, for thread dumps. */
    static Future<Void> submit(String fileName, ThrowingTask task) {
        return THREADS.submit(() -> {
            Thread thread = Thread.currentThread();
            String idleName = thread.getName();
            thread.setName("workbook-reader " + fileName);
            try {
                task.run();
                return null;
            } finally {
                thread.setName(idleName);
            }
        });
    }

    /** A parse, which may throw anything. */
    @FunctionalInterface
    interface ThrowingTask {
        void run() throws Exception;
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "workbook-reader-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
