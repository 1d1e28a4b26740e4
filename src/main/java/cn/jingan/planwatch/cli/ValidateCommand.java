package cn.jingan.planwatch.cli;

import cn.jingan.planwatch.catalog.Catalog;
import cn.jingan.planwatch.excel.PoiWorkbookReader;
import cn.jingan.planwatch.excel.ReadLimits;
import cn.jingan.planwatch.intake.Fingerprint;
import cn.jingan.planwatch.normalize.Finding;
import cn.jingan.planwatch.normalize.ReturnFile;
import cn.jingan.planwatch.normalize.ReturnNormalizer;
import cn.jingan.planwatch.normalize.ValidatedReturn;
import cn.jingan.planwatch.observation.PreviousValues;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code validate FILE...}: checks returns and prints what a clerk must fix, changing nothing. */
@Command(name = "validate", description = {
        "Checks returns and prints what a clerk must fix; changes nothing.",
        "Exit 0 when all are valid, 1 when any is rejected, 2 on a usage error."})
class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--bureau", paramLabel = "CODE",
            description = "The sending bureau (default: the name of each file's folder, as in inbox/<bureau>/).")
    String bureau;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Returns to check (.xlsx, .xlsm, .xls).")
    List<Path> files;

    @Override
    public Integer call() throws IOException {
        Catalog catalog = Catalog.load();
        ReturnNormalizer normalizer = new ReturnNormalizer(new PoiWorkbookReader(ReadLimits.DEFAULT), catalog,
                PreviousValues.NONE);
        PrintWriter out = spec.commandLine().getOut();
        boolean allValid = true;
        for (Path file : files) {
            String bureauCode = bureauOf(file, catalog);
            ValidatedReturn result = normalizer.normalize(new ReturnFile(file, bureauCode, Fingerprint.sha256(file),
                    Files.getLastModifiedTime(file).toInstant()));
            print(out, file, result);
            allValid &= result.accepted();
        }
        out.flush();
        return allValid ? 0 : 1;
    }

    private String bureauOf(Path file, Catalog catalog) {
        if (!Files.isRegularFile(file)) {
            throw new ParameterException(spec.commandLine(), "no such file: " + file);
        }
        String code = bureau != null ? bureau : file.toAbsolutePath().getParent().getFileName().toString();
        if (catalog.bureau(code).isEmpty()) {
            throw new ParameterException(spec.commandLine(), (bureau != null ? "unknown bureau: " + code
                    : "cannot tell the bureau of " + file + " from its folder; give --bureau CODE")
                    + " (bureaus: " + String.join(", ", catalog.bureaus().stream().map(b -> b.code()).toList()) + ")");
        }
        return code;
    }

    private static void print(PrintWriter out, Path file, ValidatedReturn result) {
        if (result.accepted()) {
            out.printf("通过 VALID     %s  (%d 条数据 values, 报告期 period %s)%n", file,
                    result.observations().size(), result.periodCode());
        } else {
            out.printf("退回 REJECTED  %s  (%d 处错误 errors)%n", file, result.errors().size());
        }
        for (Finding finding : result.findings()) {
            String where = finding.sheet() == null ? "" : finding.sheet() + (finding.cell() == null ? "" : "!" + finding.cell());
            out.printf("  %s %-22s %-18s %s%n", finding.isError() ? "错误" : "提示", where, finding.code(),
                    finding.messageZh());
        }
    }
}
