package cn.jingan.planwatch.cli;

import cn.jingan.planwatch.datadir.DataDirectory;
import cn.jingan.planwatch.intake.InboxDelivery;
import cn.jingan.planwatch.jobs.intake.IntakeJobConfiguration;
import cn.jingan.planwatch.report.RunReport;
import cn.jingan.planwatch.runs.BatchJobs;
import cn.jingan.planwatch.runs.JobRuns;
import cn.jingan.planwatch.runs.RunLock;
import cn.jingan.planwatch.runs.RunSummary;
import cn.jingan.planwatch.system.PlanwatchProperties;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code run}: one full pass now over a data directory, then a short report. */
@Command(name = "run", description = "One full pass now: inbox → validate → lake → warehouse, then a report.")
class RunCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DataDirOption dataDir;

    @Option(names = "--copy-from", paramLabel = "DIR",
            description = "First deliver the returns of DIR (laid out <bureau>/<file>, e.g. sample-inputs) into the"
                    + " inbox; DIR itself is left untouched.")
    Path copyFrom;

    @Mixin
    RunLockOption runLock;

    @Override
    public Integer call() throws Exception {
        DataDirectory data = dataDir.directory().create();
        PrintWriter out = spec.commandLine().getOut();
        Optional<RunLock> lock = runLock.acquire(data, spec);
        if (lock.isEmpty()) {
            return RunLockOption.BUSY;
        }
        try (RunLock held = lock.get()) {
            if (copyFrom != null) {
                int delivered = new InboxDelivery(data.inbox(), data.archive(), data.quarantine()).deliverFrom(copyFrom);
                out.printf("Delivered %d file(s) from %s into %s%n", delivered, copyFrom, data.inbox());
            }
            try (ConfigurableApplicationContext context = SpringContext.start(data)) {
                RunSummary run = context.getBean(JobRuns.class).run("run-command",
                        context.getBean(BatchJobs.class).get(IntakeJobConfiguration.JOB_NAME), Map.of());
                RunReport.print(out, run.status(), run.took(), run.totals(), data.warehouse(),
                        LocalDate.now(context.getBean(PlanwatchProperties.class).zone()), Instant.now());
                out.flush();
                return run.succeeded() ? 0 : 1;
            }
        }
    }
}
