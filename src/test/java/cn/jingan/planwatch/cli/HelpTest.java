package cn.jingan.planwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/** Every registered command answers {@code -h}, {@code --help} and {@code help <command>} on stdout with exit 0. */
class HelpTest {

    static Stream<String> commands() {
        return new CommandLine(new PlanwatchCommand()).getSubcommands().keySet().stream();
    }

    @ParameterizedTest
    @MethodSource("commands")
    void everyCommandPrintsItsUsageToStandardOutputAndExitsZero(String command) {
        for (List<String> args : List.of(List.of(command, "--help"), List.of(command, "-h"), List.of("help", command))) {
            // when
            Output output = Output.of(args.toArray(String[]::new));

            // then
            assertThat(output.exit()).as(String.join(" ", args)).isZero();
            assertThat(output.out()).as(String.join(" ", args)).contains("Usage: planwatch " + command)
                    .contains("-h, --help");
            assertThat(output.err()).as(String.join(" ", args)).isEmpty();
        }
    }

    @Test
    void theCommandListNamesTheNewCommands() {
        // given
        List<String> registered = commands().toList();

        // then
        assertThat(registered).contains("run", "validate", "report", "explain", "status", "serve", "rebuild",
                "remind", "prune", "help");
    }

    @Test
    void versionPrintsTheVersionAndExitsZero() {
        // when
        Output output = Output.of("--version");

        // then
        assertThat(output.exit()).isZero();
        assertThat(output.out()).startsWith("planwatch ");
    }

    /** What one in-process command line printed and returned. */
    record Output(int exit, String out, String err) {
        static Output of(String... args) {
            PrintStream originalOut = System.out;
            PrintStream originalErr = System.err;
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            try {
                System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
                System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
                int exit = PlanwatchCommand.execute(args);
                return new Output(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
            } finally {
                System.setOut(originalOut);
                System.setErr(originalErr);
            }
        }
    }
}
