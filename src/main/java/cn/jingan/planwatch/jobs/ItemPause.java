package cn.jingan.planwatch.jobs;

import java.time.Duration;
import org.springframework.batch.core.listener.ItemProcessListener;

/**
 * Waits a set time before each item ({@code planwatch.testing.item-delay}, zero by default): a test-only
 * slow-down so that a run can be interrupted in the middle.
 */
public final class ItemPause implements ItemProcessListener<Object, Object> {

    private final Duration delay;

    public ItemPause(Duration delay) {
        this.delay = delay;
    }

    @Override
    public void beforeProcess(Object item) {
        if (delay.isZero() || delay.isNegative()) {
            return;
        }
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
