package cn.jingan.planwatch.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Every spreadsheet of the robustness corpus (other people's files: fuzzed, encrypted, hostile,
 * legacy) ends in rows or in a verdict, within a time bound, without throwing anything else and
 * without any attempt to reach the network.
 */
class CorpusRobustnessTest {

    private static final Path CORPUS = Corpus.DIR;
    private static final Duration BOUND = Duration.ofSeconds(20);
    private static final Path VERDICTS = Path.of("target", "corpus-verdicts.tsv");
    /** The port the corpus's XXE proof of concept tries to exfiltrate to. */
    private static final int POC_PORT = 61932;

    private final PoiWorkbookReader reader = new PoiWorkbookReader(new ReadLimits(10_000, 100L << 20, BOUND));

    @Test
    void everyCorpusFileEndsInRowsOrAVerdictInTimeWithoutTouchingTheNetwork() throws Exception {
        // given
        List<Path> files = Corpus.files();
        assertThat(files).as("corpus files").hasSizeGreaterThan(100);
        List<String> lines = new ArrayList<>();
        List<String> escaped = new ArrayList<>();
        List<String> slow = new ArrayList<>();
        Map<String, Integer> counts = new TreeMap<>();
        List<String> networkAttempts;
        boolean pocConnected;

        // when
        try (NetworkAttempts network = NetworkAttempts.record(); ServerSocket poc = LoopbackTrap.listenOn(POC_PORT)) {
            for (Path file : files) {
                String name = CORPUS.relativize(file).toString();
                long started = System.nanoTime();
                Verdict verdict = readOne(file, name, escaped);
                Duration took = Duration.ofNanos(System.nanoTime() - started);
                if (took.compareTo(BOUND.plusSeconds(3)) > 0) {
                    slow.add(name + " took " + took);
                }
                counts.merge(verdict.verdict + (verdict.reason.isEmpty() ? "" : " " + verdict.reason), 1, Integer::sum);
                lines.add(String.join("\t", name, verdict.verdict, verdict.reason, verdict.message,
                        Long.toString(took.toMillis())));
            }
            networkAttempts = network.attempts();
            pocConnected = poc != null && LoopbackTrap.acceptedAConnection(poc);
        }
        writeSummary(lines, counts);

        // then
        assertThat(escaped).as("exceptions other than UnreadableWorkbookException").isEmpty();
        assertThat(slow).as("files over the time bound").isEmpty();
        assertThat(networkAttempts).as("network connection attempts").isEmpty();
        assertThat(pocConnected).as("a connection to the XXE proof of concept's port").isFalse();
        assertThat(counts.getOrDefault("READ", 0)).as("files read").isGreaterThan(files.size() / 2);
    }

    private Verdict readOne(Path file, String name, List<String> escaped) {
        CountingVisitor visitor = new CountingVisitor();
        try {
            reader.read(file, visitor);
            return new Verdict("READ", "", "sheets=" + visitor.sheets + " rows=" + visitor.rows + " cells="
                    + visitor.cells);
        } catch (UnreadableWorkbookException unreadable) {
            return new Verdict("UNREADABLE", unreadable.reason().name(), unreadable.getMessage());
        } catch (Throwable other) {
            escaped.add(name + ": " + other);
            return new Verdict("ESCAPED", other.getClass().getSimpleName(), String.valueOf(other.getMessage()));
        }
    }

    private static void writeSummary(List<String> lines, Map<String, Integer> counts) throws IOException {
        Files.createDirectories(VERDICTS.getParent());
        List<String> tsv = new ArrayList<>();
        tsv.add("file\tverdict\treason\tmessage\tmillis");
        lines.forEach(line -> tsv.add(line.replace('\n', ' ')));
        Files.write(VERDICTS, tsv, StandardCharsets.UTF_8);
        System.out.println("Corpus verdicts (" + lines.size() + " files, details in " + VERDICTS + "):");
        counts.forEach((verdict, count) -> System.out.printf("  %-32s %4d%n", verdict, count));
    }

    /** One line of the summary. */
    private record Verdict(String verdict, String reason, String message) {}

    /** Counts what a read delivered without keeping it. */
    private static final class CountingVisitor implements SheetVisitor {
        int sheets;
        int rows;
        int cells;

        @Override
        public void startSheet(String name) {
            sheets++;
        }

        @Override
        public boolean row(SheetRow row) {
            rows++;
            cells += row.cells().size();
            return true;
        }

        @Override
        public boolean endSheet() {
            return false;
        }
    }
}
