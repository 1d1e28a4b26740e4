package cn.jingan.planwatch.cli;

import cn.jingan.planwatch.datadir.DataDirectory;
import cn.jingan.planwatch.jobs.rebuild.RebuildJobConfiguration;
import cn.jingan.planwatch.runs.BatchJobs;
import cn.jingan.planwatch.runs.JobRuns;
import cn.jingan.planwatch.runs.RunLock;
import cn.jingan.planwatch.runs.RunSummary;
import java.io.PrintWriter;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code rebuild}: rebuilds warehouse.duckdb from the lake alone and verifies it against the lake. */
@Command(name = "rebuild", description = {
        "Rebuilds warehouse.duckdb from the lake alone (inbox untouched) and verifies it against the lake.",
        "Exit 0 when verified, 1 when the build or a check failed, 3 when another run kept the data directory."})
class RebuildCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DataDirOption dataDir;

    @Mixin
    RunLockOption runLock;

    @Override
    public Integer call() throws Exception {
        DataDirectory data = dataDir.directory().create();
        Optional<RunLock> lock = runLock.acquire(data, spec);
        if (lock.isEmpty()) {
            return RunLockOption.BUSY;
        }
        try (RunLock held = lock.get(); ConfigurableApplicationContext context = SpringContext.start(data)) {
            RunSummary run = context.getBean(JobRuns.class).run("rebuild-command",
                    context.getBean(BatchJobs.class).get(RebuildJobConfiguration.JOB_NAME), Map.of());
            PrintWriter out = spec.commandLine().getOut();
            out.printf("planwatch rebuild %s in %.1f s: %s%s%n", run.status(), run.took().toMillis() / 1000.0,
                    data.warehouse(), run.exitInfo() == null || run.exitInfo().isBlank() ? ""
                            : System.lineSeparator() + run.exitInfo().lines().findFirst().orElse(""));
            out.flush();
            return run.succeeded() ? 0 : 1;
        }
    }
}
