package cn.jingan.planwatch.cli;

import cn.jingan.planwatch.catalog.Bureau;
import cn.jingan.planwatch.catalog.Catalog;
import cn.jingan.planwatch.catalog.Period;
import cn.jingan.planwatch.catalog.PeriodLabel;
import cn.jingan.planwatch.datadir.DataDirectory;
import cn.jingan.planwatch.template.Templates;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Collection;
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

/** {@code templates --period P}: each bureau's blank return for a period, ready to fill in and print. */
@Command(name = "templates", mixinStandardHelpOptions = true, description = {
        "Writes each bureau's blank return for a period: <out>/<bureau>/template_<period>.xlsx, with the indicators"
                + " it owes for that period, the previous period's values greyed for reference, and a 填报说明 sheet.",
        "Bureaus that owe nothing for the period get no file. Exit 0, 2 on a bad period or bureau."})
class TemplatesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DataDirOption dataDir;

    @Option(names = "--period", paramLabel = "P", required = true, converter = PeriodConverter.class,
            description = "The reporting period: 2024, 2024-Q3, 2024-M09, or as a clerk writes it (2024年第3季度).")
    Period period;

    @Option(names = "--bureau", paramLabel = "CODE", description = "Only this bureau (default: every bureau).")
    String bureau;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Write under DIR/<bureau>/ (default: the data directory's outbox/).")
    Path out;

    @Override
    public Integer call() {
        Catalog catalog = Catalog.load();
        DataDirectory data = dataDir.directory();
        Collection<Bureau> bureaus = bureau == null ? catalog.bureaus() : List.of(catalog.bureau(bureau).orElseThrow(
                () -> new ParameterException(spec.commandLine(), "unknown bureau: " + bureau + " (bureaus: "
                        + String.join(", ", catalog.bureaus().stream().map(Bureau::code).toList()) + ")")));
        List<Path> written = new Templates(catalog, data).write(period, bureaus, out == null ? data.outbox() : out);
        PrintWriter print = spec.commandLine().getOut();
        written.forEach(file -> print.println("模板 template  " + file));
        print.printf("%d 个模板 templates for %s (%s)%n", written.size(), period.code(), period.labelZh());
        print.flush();
        return 0;
    }

    /** A canonical period code or a period label as a clerk writes it; year-to-date labels are not periods. */
    static final class PeriodConverter implements ITypeConverter<Period> {
        @Override
        public Period convert(String value) {
            try {
                return Period.parse(value);
            } catch (IllegalArgumentException notACode) {
                return PeriodLabel.parse(value).filter(label -> !label.yearToDate())
                        .flatMap(label -> label.resolve(label.granularity()))
                        .orElseThrow(() -> new TypeConversionException("not a period: " + value
                                + " (e.g. 2024, 2024-Q3, 2024-M09, 2024年第3季度)"));
            }
        }
    }
}
