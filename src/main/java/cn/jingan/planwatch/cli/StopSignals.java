package cn.jingan.planwatch.cli;

import java.util.concurrent.atomic.AtomicBoolean;
import sun.misc.Signal;

/**
 * Turns SIGTERM and SIGINT (Ctrl-C) into an orderly stop run on a thread of its own, before the JVM begins to
 * shut down: the running job stops after its current chunk and saves its state while the job repository (an H2
 * file that closes itself when the JVM exits) is still open. A second signal is ignored.
 */
final class StopSignals {

    private StopSignals() {}

    static void onTermOrInt(Runnable stop) {
        AtomicBoolean stopping = new AtomicBoolean();
        for (String name : new String[] {"TERM", "INT"}) {
            Signal.handle(new Signal(name), signal -> {
                if (stopping.compareAndSet(false, true)) {
                    new Thread(stop, "planwatch-stop").start();
                }
            });
        }
    }
}
