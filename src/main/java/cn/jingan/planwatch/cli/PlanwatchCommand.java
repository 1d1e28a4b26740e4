package cn.jingan.planwatch.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine;

/** {@code planwatch}: the pipeline's command line. */
@Command(name = "planwatch", mixinStandardHelpOptions = true, scope = ScopeType.INHERIT, version = "planwatch 0.1.0",
        description = "Jing'an 14th Five-Year Plan indicators: bureau Excel returns → Parquet lake → DuckDB warehouse.",
        subcommands = {RunCommand.class, ValidateCommand.class, ReportCommand.class, ExplainCommand.class,
                StatusCommand.class, ServeCommand.class, RebuildCommand.class, RemindCommand.class,
                PruneCommand.class, BureausCommand.class, DashboardCommand.class, TemplatesCommand.class,
                HelpCommand.class})
public class PlanwatchCommand {

    /** The jar's entry point. */
    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /**
     * Runs a command line; returns the exit code (0 ok, 1 failed or rejected, 2 usage error). {@code -h/--help}
     * on any command, and {@code help <command>}, print its usage to standard output and exit 0.
     */
    public static int execute(String... args) {
        return commandLine().execute(args);
    }

    /** The command line, a failure printed as one line naming its root cause (exit 1), never a stack trace. */
    static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new PlanwatchCommand());
        commandLine.setExecutionExceptionHandler((e, cl, parseResult) -> {
            cl.getErr().println("planwatch: " + rootMessage(e));
            return 1;
        });
        return commandLine;
    }

    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
