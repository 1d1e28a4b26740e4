package cn.jingan.planwatch.cli;

import cn.jingan.planwatch.datadir.DataDirectory;
import cn.jingan.planwatch.jobs.JobHistory;
import cn.jingan.planwatch.system.PlanwatchProperties;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.springframework.boot.convert.DurationStyle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code prune}: deletes the job repository's runs older than the kept history, now. */
@Command(name = "prune", description = {
        "Deletes the runs that ended longer ago than --keep from the job repository (the nightly rebuild does the"
                + " same with planwatch.history, 90 days). Runs still going are kept.",
        "Exit 0 when done, 3 when another run kept the data directory."})
class PruneCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    JobOptions options;

    @Option(names = "--keep", paramLabel = "DURATION",
            description = "History to keep, e.g. 90d, 12h or P30D (default: planwatch.history, 90d).")
    String keep;

    @Override
    public Integer call() {
        Optional<Duration> given = keep == null ? Optional.empty() : Optional.of(duration(keep));
        DataDirectory data = options.data();
        Optional<Integer> pruned = JobLaunch.withContext(data, options.runLock, spec, context -> context
                .getBean(JobHistory.class).prune(given.orElseGet(() -> context.getBean(PlanwatchProperties.class)
                        .history())));
        if (pruned.isEmpty()) {
            return RunLockOption.BUSY;
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf("planwatch prune: %d old run(s) deleted from the job repository of %s%n", pruned.get(), data.root());
        out.flush();
        return 0;
    }

    private Duration duration(String text) {
        try {
            return DurationStyle.detectAndParse(text.strip());
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--keep: '" + text + "' is not a duration; write 90d,"
                    + " 12h or P30D");
        }
    }
}
