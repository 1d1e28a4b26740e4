package cn.jingan.planwatch.cli;

import cn.jingan.planwatch.datadir.DataDirectory;
import cn.jingan.planwatch.runs.BatchJobs;
import cn.jingan.planwatch.runs.JobRuns;
import cn.jingan.planwatch.runs.RunLock;
import cn.jingan.planwatch.runs.RunSummary;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Model.CommandSpec;

/** Runs one batch job by hand: takes the run lock, starts the application context, runs the job, lets go. */
final class JobLaunch {

    private JobLaunch() {}

    /** The run of {@code job}; empty when another run kept the data directory past {@code --wait}. */
    static Optional<RunSummary> run(DataDirectory data, RunLockOption runLock, CommandSpec spec, String job,
                                    Map<String, String> parameters) {
        return withContext(data, runLock, spec, context -> context.getBean(JobRuns.class)
                .run(spec.name() + "-command", context.getBean(BatchJobs.class).get(job), parameters));
    }

    /** The first line of why a run failed, on a line of its own; empty when it says nothing. */
    static String firstLine(RunSummary run) {
        return run.exitInfo() == null || run.exitInfo().isBlank() ? ""
                : System.lineSeparator() + run.exitInfo().lines().findFirst().orElse("");
    }

    /** {@code work} on the application context, holding the run lock; empty when the lock stayed taken. */
    static <T> Optional<T> withContext(DataDirectory data, RunLockOption runLock, CommandSpec spec,
                                       Function<ConfigurableApplicationContext, T> work) {
        Optional<RunLock> lock = runLock.acquire(data, spec);
        if (lock.isEmpty()) {
            return Optional.empty();
        }
        try (RunLock held = lock.get(); ConfigurableApplicationContext context = SpringContext.start(data)) {
            return Optional.of(work.apply(context));
        }
    }
}
