package cn.jingan.planwatch.jobs;

import cn.jingan.planwatch.catalog.Catalog;
import cn.jingan.planwatch.datadir.DataDirectory;
import cn.jingan.planwatch.report.Dashboard;
import cn.jingan.planwatch.report.DashboardPage;
import cn.jingan.planwatch.report.Evaluation;
import cn.jingan.planwatch.system.PlanwatchProperties;
import cn.jingan.planwatch.warehouse.PublishResult;
import cn.jingan.planwatch.warehouse.WarehouseReader;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Rewrites {@code dashboard/index.html} from the warehouse just published. A dashboard that cannot be written is
 * logged and left as it was: the run's data stands.
 */
@Component
public class DashboardRefresh {

    private static final Logger log = LoggerFactory.getLogger(DashboardRefresh.class);

    private final DataDirectory data;
    private final DashboardPage page;
    private final Clock clock;

    public DashboardRefresh(DataDirectory data, Catalog catalog, Clock clock, PlanwatchProperties properties) {
        this.data = data;
        this.page = new DashboardPage(catalog);
        this.clock = clock.withZone(properties.zone());
    }

    /**
     * After a publish: rewrites the dashboard when the warehouse was rebuilt, or when the page is missing or was
     * written before today (on the plan's clock), so an idle poll leaves a current page alone; true when it was written.
     */
    public boolean afterPublish(PublishResult published) {
        return published.built() || !writtenToday() ? refresh() : false;
    }

    /** Writes the dashboard as of today with everything known now; true when it was written. */
    public boolean refresh() {
        try (WarehouseReader reader = WarehouseReader.open(data.warehouse())) {
            Evaluation evaluation = Evaluation.read(reader, LocalDate.now(clock), clock.instant());
            Dashboard.write(data.dashboard(), page.render(evaluation));
            log.info("dashboard written: {}", data.dashboard());
            return true;
        } catch (Exception e) {
            log.warn("dashboard not written, the old one stays: {}: {}", data.dashboard(), e.toString());
            return false;
        }
    }

    private boolean writtenToday() {
        try {
            Instant written = Files.getLastModifiedTime(data.dashboard()).toInstant();
            return !LocalDate.ofInstant(written, clock.getZone()).isBefore(LocalDate.now(clock));
        } catch (IOException e) {
            return false;
        }
    }
}
