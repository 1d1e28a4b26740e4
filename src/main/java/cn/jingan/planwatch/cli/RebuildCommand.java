package cn.jingan.planwatch.cli;

import cn.jingan.planwatch.datadir.DataDirectory;
import cn.jingan.planwatch.jobs.rebuild.RebuildJobConfiguration;
import cn.jingan.planwatch.runs.RunSummary;
import java.io.PrintWriter;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code rebuild}: rebuilds warehouse.duckdb from the lake alone and verifies it against the lake. */
@Command(name = "rebuild", description = {
        "Rebuilds warehouse.duckdb from the lake alone (inbox untouched), verifies it against the lake and prunes"
                + " the run history older than planwatch.history (the rebuild job).",
        "Exit 0 when verified, 1 when the build or a check failed, 3 when another run kept the data directory."})
class RebuildCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    JobOptions options;

    @Override
    public Integer call() {
        DataDirectory data = options.data();
        Optional<RunSummary> run = JobLaunch.run(data, options.runLock, spec, RebuildJobConfiguration.JOB_NAME,
                Map.of());
        if (run.isEmpty()) {
            return RunLockOption.BUSY;
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf("planwatch rebuild %s in %.1f s: %s%s%n", run.get().status(), run.get().took().toMillis() / 1000.0,
                data.warehouse(), JobLaunch.firstLine(run.get()));
        out.flush();
        return run.get().succeeded() ? 0 : 1;
    }
}
