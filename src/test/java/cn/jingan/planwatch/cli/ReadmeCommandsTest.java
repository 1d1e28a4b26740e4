package cn.jingan.planwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine;

/** The README's command table names every command, and every option it shows is one the command takes. */
class ReadmeCommandsTest {

    private static final Pattern OPTION = Pattern.compile("--[a-z][a-z-]*");

    @Test
    void listsEveryCommandWithOnlyOptionsItTakes() throws Exception {
        // given
        List<String> readme = Files.readAllLines(Path.of("README.md"));
        CommandLine planwatch = new CommandLine(new PlanwatchCommand());

        // then
        for (CommandLine command : planwatch.getSubcommands().values()) {
            CommandSpec spec = command.getCommandSpec();
            String row = readme.stream().filter(l -> l.startsWith("| `" + spec.name() + " ")
                    || l.startsWith("| `" + spec.name() + "`")).findFirst().orElse(null);
            assertThat(row).as("README command row of %s", spec.name()).isNotNull();
            String usage = row.split("\\|")[1];
            Matcher options = OPTION.matcher(usage);
            while (options.find()) {
                assertThat(spec.findOption(options.group())).as("%s %s", spec.name(), options.group()).isNotNull();
            }
        }
    }
}
