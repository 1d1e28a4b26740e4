package cn.jingan.planwatch.cli;

import cn.jingan.planwatch.datadir.DataDirectory;
import cn.jingan.planwatch.intake.InboxDelivery;
import cn.jingan.planwatch.intake.IntakeTotals;
import cn.jingan.planwatch.jobs.intake.IntakeJobConfiguration;
import cn.jingan.planwatch.runs.BatchJobs;
import cn.jingan.planwatch.runs.JobRuns;
import cn.jingan.planwatch.runs.RunSummary;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.Map;
import org.springframework.batch.core.job.Job;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code ServeLikeRuns <data dir> <inputs>...}: one application context, kept as {@code planwatch serve} keeps
 * it, runs the intake job once per folder of inputs, each delivered into the inbox first. A benchmark helper:
 * the last run meets classes loaded and code compiled, as every poll of a long-lived process does.
 */
public final class ServeLikeRuns {

    private ServeLikeRuns() {}

    public static void main(String[] args) {
        DataDirectory data = new DataDirectory(Path.of(args[0])).create();
        InboxDelivery delivery = new InboxDelivery(data.inbox(), data.archive(), data.quarantine());
        boolean succeeded = true;
        try (ConfigurableApplicationContext context = SpringContext.start(data)) {
            JobRuns runs = context.getBean(JobRuns.class);
            Job intake = context.getBean(BatchJobs.class).get(IntakeJobConfiguration.JOB_NAME);
            for (int i = 1; i < args.length; i++) {
                delivery.deliverFrom(Path.of(args[i]));
                long cpuBefore = processCpuNanos();
                RunSummary run = runs.run("benchmark", intake, Map.of());
                IntakeTotals files = run.totals();
                System.out.printf("Files: accepted %d, rejected %d, duplicate %d (%s in %s, CPU %.2f s)%n",
                        files.accepted(), files.rejected(), files.duplicate(), run.status(), run.took(),
                        (processCpuNanos() - cpuBefore) / 1e9);
                succeeded &= run.succeeded();
            }
        }
        System.exit(succeeded ? 0 : 1);
    }

    /** CPU time of every thread of this process, the compilers' and the collector's included. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }
}
