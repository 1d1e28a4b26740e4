package cn.jingan.planwatch.jobs.intake;

import cn.jingan.planwatch.intake.InboxFile;
import cn.jingan.planwatch.intake.InboxScan;
import cn.jingan.planwatch.intake.InboxScanner;
import cn.jingan.planwatch.intake.IntakeTotals;
import cn.jingan.planwatch.intake.Refusals;
import java.time.Clock;
import java.util.Iterator;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Reads the returns ready in the inbox, oldest first, after answering the entries it will not read. Handled
 * files leave the inbox, so a restarted step simply looks again.
 */
final class InboxItemReader implements ItemStreamReader<InboxFile> {

    private final InboxScanner scanner;
    private final Refusals refusals;
    private final Clock clock;
    private Iterator<InboxFile> ready;

    InboxItemReader(InboxScanner scanner, Refusals refusals, Clock clock) {
        this.scanner = scanner;
        this.refusals = refusals;
        this.clock = clock;
    }

    @Override
    public void open(ExecutionContext context) {
        InboxScan scan = scanner.scan();
        refusals.answer(scan.refused(), clock.instant());
        ready = scan.ready().iterator();
        context.putLong(IntakeTotals.WAITING, scan.waiting().size());
        context.putLong(IntakeTotals.IGNORED, scan.ignored().size() + scan.refused().size());
    }

    @Override
    public InboxFile read() {
        return ready != null && ready.hasNext() ? ready.next() : null;
    }
}
