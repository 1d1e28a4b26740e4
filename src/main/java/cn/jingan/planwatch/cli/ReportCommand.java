package cn.jingan.planwatch.cli;

import cn.jingan.planwatch.catalog.PlanZone;
import cn.jingan.planwatch.report.Evaluation;
import cn.jingan.planwatch.report.MidtermCsv;
import cn.jingan.planwatch.report.MidtermTable;
import cn.jingan.planwatch.report.SectionSummaryTable;
import cn.jingan.planwatch.report.workbook.EvaluationWorkbook;
import cn.jingan.planwatch.warehouse.MidtermRow;
import cn.jingan.planwatch.warehouse.SectionSummaryRow;
import cn.jingan.planwatch.warehouse.WarehouseReader;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code report}: the mid-term evaluation at any evaluation date and knowledge time, for a briefing or as CSV. */
@Command(name = "report", description = "Prints the mid-term evaluation (中期评估) and its summary per plan section;"
        + " --csv also writes the table for Excel, --xlsx the 中期评估 workbook.")
class ReportCommand implements Callable<Integer> {

    /** Exit code when there is no warehouse to read yet. */
    static final int NO_WAREHOUSE = 1;

    @Spec
    CommandSpec spec;

    @Mixin
    DataDirOption dataDir;

    @Mixin
    Clocks clocks;

    @Option(names = "--csv", paramLabel = "FILE",
            description = "Also write the table to FILE as CSV (UTF-8 with BOM, the columns of v_midterm_progress).")
    Path csv;

    @Option(names = "--xlsx", paramLabel = "FILE",
            description = "Also write the 中期评估 workbook to FILE: cover, one sheet per plan section, the streets,"
                    + " a chart per indicator, the submission tracker and the source of every figure.")
    Path xlsx;

    @Option(names = "--section", paramLabel = "S", converter = SectionConverter.class,
            description = "Only the indicators of one plan section: S1, S2, S3 or S4.")
    String section;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Path warehouse = dataDir.directory().warehouse();
        if (!Files.isRegularFile(warehouse)) {
            return noWarehouse(spec, warehouse);
        }
        try (WarehouseReader reader = WarehouseReader.open(warehouse)) {
            ZoneId planZone = reader.planZone();
            LocalDate asOf = clocks.asOf(planZone);
            Instant knownAt = clocks.knownAt(planZone, spec);
            List<MidtermRow> rows = reader.midterm(asOf, knownAt).stream()
                    .filter(r -> section == null || section.equals(r.section())).toList();
            List<SectionSummaryRow> summary = reader.sectionSummary(asOf, knownAt).stream()
                    .filter(r -> section == null || section.equals(r.section())).toList();
            out.printf("中期评估 Mid-term evaluation · 评估日 as of %s · 数据知悉时点 known at %s%n%n", asOf,
                    Clocks.describe(knownAt, planZone));
            MidtermTable.print(out, rows);
            out.printf("%n分篇章汇总 By plan section:%n");
            SectionSummaryTable.print(out, summary);
            if (csv != null) {
                MidtermCsv.write(csv, rows);
                out.printf("%nCSV: %s (%d rows)%n", csv.toAbsolutePath(), rows.size());
            }
            if (xlsx != null) {
                EvaluationWorkbook.write(xlsx, Evaluation.read(reader, asOf, knownAt));
                out.printf("%n中期评估工作簿 Workbook: %s%n", xlsx.toAbsolutePath());
            }
        }
        out.flush();
        return 0;
    }

    static int noWarehouse(CommandSpec spec, Path warehouse) {
        spec.commandLine().getErr().println("planwatch: no warehouse at " + warehouse
                + " yet; run `planwatch run` on this data directory first.");
        return NO_WAREHOUSE;
    }

    /**
     * The two clocks of spec section 3: {@code --as-of} cuts the data periods, {@code --known-at} picks versions.
     * Dates and times without an offset are read on the plan's clock, the zone the warehouse was built with.
     */
    static final class Clocks {

        @Option(names = "--as-of", paramLabel = "DATE", converter = DateConverter.class,
                description = "Evaluation date, e.g. 2024-06-30 (default: today on the plan's clock, planwatch.zone).")
        LocalDate asOf;

        @Option(names = "--known-at", paramLabel = "INSTANT|DATE",
                description = "Count only versions received by then: 2024-02-18T10:00:00Z, 2024-02-18T18:00+08:00,"
                        + " or a date meaning the end of that day on the plan's clock (default: now).")
        String knownAt;

        LocalDate asOf(ZoneId planZone) {
            return asOf != null ? asOf : LocalDate.now(planZone);
        }

        Instant knownAt(ZoneId planZone, CommandSpec spec) {
            try {
                return knownAt != null ? KnownAtConverter.convert(knownAt, planZone) : Instant.now();
            } catch (TypeConversionException e) {
                throw new ParameterException(spec.commandLine(), "Invalid value for option '--known-at': "
                        + e.getMessage());
            }
        }

        static String describe(Instant instant, ZoneId planZone) {
            return PlanZone.timeFormat(planZone).format(instant);
        }
    }

    /** An ISO date. */
    static final class DateConverter implements ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                return LocalDate.parse(value.strip());
            } catch (DateTimeException e) {
                throw new TypeConversionException("'" + value + "' is not a date; write it as 2024-06-30");
            }
        }
    }

    /** An instant, a date-time with an offset, a plan-zone date-time, or a date (the end of that day there). */
    static final class KnownAtConverter {
        private KnownAtConverter() {}

        static Instant convert(String value, ZoneId planZone) {
            String text = value.strip();
            try {
                if (text.length() == 10) {
                    return LocalDate.parse(text).plusDays(1).atStartOfDay(planZone).toInstant().minusNanos(1000);
                }
                if (text.endsWith("Z") || text.endsWith("z")) {
                    return Instant.parse(text.toUpperCase());
                }
                if (text.matches(".*[+-]\\d\\d:?\\d\\d$")) {
                    return OffsetDateTime.parse(text).toInstant();
                }
                return LocalDateTime.parse(text).atZone(planZone).toInstant();
            } catch (DateTimeException e) {
                throw new TypeConversionException("'" + value + "' is not a time; write 2024-02-18,"
                        + " 2024-02-18T10:00:00Z or 2024-02-18T18:00+08:00");
            }
        }
    }

    /** A plan section code. */
    static final class SectionConverter implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            String code = value.strip().toUpperCase();
            if (!code.matches("S[1-4]")) {
                throw new TypeConversionException("'" + value + "' is not a plan section; use S1, S2, S3 or S4");
            }
            return code;
        }
    }
}
