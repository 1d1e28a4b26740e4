package cn.jingan.planwatch.intake;

import cn.jingan.planwatch.intake.receipt.Outbox;
import cn.jingan.planwatch.intake.receipt.Receipt;
import cn.jingan.planwatch.intake.receipt.ReceiptFactory;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers the entries of bureau folders the pipeline will not read: each gets one receipt in its bureau's outbox
 * (written once, not again on every run) and a line in the log on every run; where even the receipt cannot be
 * written, the log line says so and the rest of the inbox goes on.
 */
public final class Refusals {

    private static final Logger log = LoggerFactory.getLogger(Refusals.class);

    private final ReceiptFactory receipts;
    private final Outbox outbox;

    public Refusals(ReceiptFactory receipts, Outbox outbox) {
        this.receipts = receipts;
        this.outbox = outbox;
    }

    public void answer(List<RefusedEntry> entries, Instant now) {
        for (RefusedEntry entry : entries) {
            log.warn("not taken: {}: {}", entry.path(), entry.reason());
            Receipt receipt = receipts.refusal(entry, now);
            try {
                if (!outbox.holds(receipt)) {
                    outbox.deliver(receipt);
                }
            } catch (RuntimeException e) {
                log.warn("no receipt could be written for {}: {}", entry.path(), e.toString());
            }
        }
    }
}
