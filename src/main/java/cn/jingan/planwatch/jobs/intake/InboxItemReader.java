package cn.jingan.planwatch.jobs.intake;

import cn.jingan.planwatch.intake.InboxFile;
import cn.jingan.planwatch.intake.InboxScan;
import cn.jingan.planwatch.intake.InboxScanner;
import cn.jingan.planwatch.intake.IntakeTotals;
import java.util.Iterator;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Reads the returns ready in the inbox, oldest first. Handled files leave the inbox, so a restarted step
 * simply looks again.
 */
final class InboxItemReader implements ItemStreamReader<InboxFile> {

    private final InboxScanner scanner;
    private Iterator<InboxFile> ready;

    InboxItemReader(InboxScanner scanner) {
        this.scanner = scanner;
    }

    @Override
    public void open(ExecutionContext context) {
        InboxScan scan = scanner.scan();
        ready = scan.ready().iterator();
        context.putLong(IntakeTotals.WAITING, scan.waiting().size());
        context.putLong(IntakeTotals.IGNORED, scan.ignored().size());
    }

    @Override
    public InboxFile read() {
        return ready != null && ready.hasNext() ? ready.next() : null;
    }
}
