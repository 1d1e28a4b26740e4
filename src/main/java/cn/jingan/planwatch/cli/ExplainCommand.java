package cn.jingan.planwatch.cli;

import cn.jingan.planwatch.report.LineageTable;
import cn.jingan.planwatch.warehouse.LineageRow;
import cn.jingan.planwatch.warehouse.MidtermRow;
import cn.jingan.planwatch.warehouse.WarehouseReader;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code explain}: where one mid-term figure comes from, observation by observation, with file, sheet and cell. */
@Command(name = "explain", description = "Lists the observations behind an indicator's mid-term figures:"
        + " period, measure, value, what it counts for, source file, sheet and cell.")
class ExplainCommand implements Callable<Integer> {

    /** Exit code for an indicator or area the warehouse does not know. */
    static final int UNKNOWN = 2;

    @Spec
    CommandSpec spec;

    @Mixin
    DataDirOption dataDir;

    @Mixin
    ReportCommand.Clocks clocks;

    @Parameters(index = "0", paramLabel = "INDICATOR", description = "Indicator code, e.g. I16.")
    String indicator;

    @Option(names = "--area", paramLabel = "AREA", defaultValue = "JA",
            description = "Area code (default: JA, the district; for a per-area indicator it lists every area).")
    String area;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        Path warehouse = dataDir.directory().warehouse();
        if (!Files.isRegularFile(warehouse)) {
            return ReportCommand.noWarehouse(spec, warehouse);
        }
        String indicatorCode = indicator.strip().toUpperCase(Locale.ROOT);
        String areaCode = area.strip().toUpperCase(Locale.ROOT);
        try (WarehouseReader reader = WarehouseReader.open(warehouse)) {
            ZoneId planZone = reader.planZone();
            LocalDate asOf = clocks.asOf(planZone);
            Instant knownAt = clocks.knownAt(planZone, spec);
            Optional<MidtermRow> figure = reader.midterm(asOf, knownAt).stream()
                    .filter(r -> r.indicatorCode().equals(indicatorCode) && r.areaCode().equals(areaCode)).findFirst();
            if (figure.isEmpty()) {
                spec.commandLine().getErr().println("planwatch: no mid-term figure for indicator " + indicatorCode
                        + " in area " + areaCode + "; see dim_indicator and dim_area for the codes.");
                return UNKNOWN;
            }
            List<LineageRow> rows = reader.explain(indicatorCode, areaCode, asOf, knownAt);
            out.printf("数据知悉时点 known at %s%n", ReportCommand.Clocks.describe(knownAt, planZone));
            LineageTable.print(out, figure.get(), rows, planZone);
        }
        out.flush();
        return 0;
    }
}
