package cn.jingan.planwatch.cli;

import cn.jingan.planwatch.catalog.Catalog;
import cn.jingan.planwatch.report.Dashboard;
import cn.jingan.planwatch.report.DashboardPage;
import cn.jingan.planwatch.report.Evaluation;
import cn.jingan.planwatch.warehouse.WarehouseReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dashboard}: writes the leaders' dashboard page on demand, at any evaluation date and knowledge time. */
@Command(name = "dashboard", description = "Writes the dashboard (看板): one self-contained HTML page in Chinese"
        + " that opens from a file share or file:// with no network; every publish rewrites DIR/dashboard/index.html.")
class DashboardCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DataDirOption dataDir;

    @Mixin
    ReportCommand.Clocks clocks;

    @Option(names = "--out", paramLabel = "FILE",
            description = "Where to write the page (default: dashboard/index.html in the data directory).")
    Path out;

    @Override
    public Integer call() throws Exception {
        Path warehouse = dataDir.directory().warehouse();
        if (!Files.isRegularFile(warehouse)) {
            return ReportCommand.noWarehouse(spec, warehouse);
        }
        Path file = out != null ? out : dataDir.directory().dashboard();
        try (WarehouseReader reader = WarehouseReader.open(warehouse)) {
            ZoneId planZone = reader.planZone();
            Evaluation evaluation = Evaluation.read(reader, clocks.asOf(planZone), clocks.knownAt(planZone, spec));
            Dashboard.write(file, new DashboardPage(Catalog.load()).render(evaluation));
        }
        spec.commandLine().getOut().printf("看板 Dashboard: %s%n", file.toAbsolutePath());
        spec.commandLine().getOut().flush();
        return 0;
    }
}
