package cn.jingan.planwatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The systemd unit of {@code ops/}: confined as its comments say, and still able to write the data directory. */
class ServiceUnitTest {

    private static final Path UNIT = Path.of("ops", "planwatch.service");
    private static final Path DROP_INS = Path.of("ops", "planwatch.service.d");
    private static final Pattern STATED = Pattern.compile("`systemd-analyze security planwatch\\.service`[^:]*: "
            + "(\\d+\\.\\d) ([A-Z]+)");
    private static final Pattern RATED = Pattern.compile("Overall exposure level for planwatch\\.service: "
            + "(\\d+\\.\\d) ([A-Z]+)");

    @TempDir
    Path root;

    @ParameterizedTest(name = "with drop-ins {0}")
    @ValueSource(strings = {"", "postgresql.conf"})
    void systemdRatesTheUnitOkOrSaferAsItsCommentSays(String dropIn) throws Exception {
        // given the unit (and the drop-in) installed under a temporary root
        Path system = Files.createDirectories(root.resolve("etc/systemd/system"));
        Files.copy(UNIT, system.resolve("planwatch.service"));
        Path commented = UNIT;
        if (!dropIn.isEmpty()) {
            commented = DROP_INS.resolve(dropIn);
            Files.copy(commented, Files.createDirectories(system.resolve("planwatch.service.d")).resolve(dropIn));
        }
        Matcher stated = STATED.matcher(Files.readString(commented, StandardCharsets.UTF_8));
        assertThat(stated.find()).as("%s states its rating", commented).isTrue();

        // when
        String output = run("systemd-analyze", "security", "--offline=true", "--root=" + root, "planwatch.service");

        // then
        Matcher rated = RATED.matcher(output);
        assertThat(rated.find()).as("systemd-analyze's verdict in:%n%s", output).isTrue();
        assertThat(Double.parseDouble(rated.group(1))).isLessThanOrEqualTo(4.0);
        assertThat(rated.group(1) + " " + rated.group(2)).isEqualTo(stated.group(1) + " " + stated.group(2));
    }

    @Test
    void letsTheServiceWriteItsDataDirectoryAndNothingElseButItsOwnTmp() throws IOException {
        // given
        List<String> lines = Files.readAllLines(UNIT, StandardCharsets.UTF_8);
        // when
        String dataDir = value(lines, "Environment=PLANWATCH_DATA_DIR=");
        // then
        assertThat(value(lines, "ProtectSystem=")).isEqualTo("strict");
        assertThat(value(lines, "ReadWritePaths=").split(" ")).containsExactly(dataDir);
        assertThat(value(lines, "PrivateTmp=")).isEqualTo("true");
        assertThat(lines).filteredOn(line -> !line.startsWith("#"))
                .noneMatch(line -> line.contains("java.io.tmpdir") || line.startsWith("NoExecPaths=")
                        || line.startsWith("MemoryDenyWriteExecute="));
    }

    private static String value(List<String> lines, String key) {
        return lines.stream().filter(line -> line.startsWith(key)).map(line -> line.substring(key.length()).strip())
                .findFirst().orElseThrow(() -> new AssertionError("no " + key + " in " + UNIT));
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(1, TimeUnit.MINUTES)).isTrue();
        return output;
    }
}
