package cn.jingan.planwatch.cli;

import cn.jingan.planwatch.datadir.DataDirectory;
import cn.jingan.planwatch.jobs.reminder.ReminderJobConfiguration;
import cn.jingan.planwatch.runs.RunSummary;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code remind}: runs the reminder job now, for today or any date. */
@Command(name = "remind", description = {
        "Runs the reminder job now: writes outbox/<bureau>/reminder_<date>.txt for each bureau owing returns"
                + " overdue or due within --within days, and logs one line per bureau.",
        "Exit 0 when done, 1 when the job failed, 3 when another run kept the data directory."})
class RemindCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    JobOptions options;

    @Option(names = "--as-of", paramLabel = "DATE", converter = ReportCommand.DateConverter.class,
            description = "The day of the reminders, e.g. 2024-07-10 (default: today on the plan's clock).")
    LocalDate asOf;

    @Option(names = "--within", paramLabel = "DAYS", defaultValue = "7",
            description = "Also remind of returns falling due within this many days (default: ${DEFAULT-VALUE}).")
    int withinDays;

    @Override
    public Integer call() {
        DataDirectory data = options.data();
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("due-within-days", Integer.toString(withinDays));
        if (asOf != null) {
            parameters.put("as-of", asOf.toString());
        }
        Optional<RunSummary> run = JobLaunch.run(data, options.runLock, spec, ReminderJobConfiguration.JOB_NAME,
                parameters);
        if (run.isEmpty()) {
            return RunLockOption.BUSY;
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf("planwatch remind %s in %.1f s: %d bureau(s) reminded in %s%s%n", run.get().status(),
                run.get().took().toMillis() / 1000.0, run.get().counts().getOrDefault("bureaus.reminded", 0L),
                data.outbox(), JobLaunch.firstLine(run.get()));
        out.flush();
        return run.get().succeeded() ? 0 : 1;
    }
}
