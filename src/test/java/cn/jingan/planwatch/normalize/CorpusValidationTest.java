package cn.jingan.planwatch.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jingan.planwatch.catalog.Catalog;
import cn.jingan.planwatch.excel.Corpus;
import cn.jingan.planwatch.excel.LoopbackTrap;
import cn.jingan.planwatch.excel.NetworkAttempts;
import cn.jingan.planwatch.excel.PoiWorkbookReader;
import cn.jingan.planwatch.excel.ReadLimits;
import cn.jingan.planwatch.intake.Fingerprint;
import cn.jingan.planwatch.observation.PreviousValues;
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
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every file of the robustness corpus (other people's spreadsheets: fuzzed, encrypted, hostile, legacy,
 * Chinese) dropped into a bureau's inbox and validated as {@code validate} does it: each gets a verdict
 * (accepted, or rejected with codes and Chinese messages) within a bound, nothing escapes, and nothing reaches
 * for the network. The verdicts are written to {@code target/corpus-validation.tsv}.
 */
class CorpusValidationTest {

    private static final Path CORPUS = Corpus.DIR;
    /** The reader gives up after its own 30 s; this bound catches anything that would not. */
    private static final Duration BOUND = ReadLimits.DEFAULT.timeout().plusSeconds(5);
    private static final Path SUMMARY = Path.of("target", "corpus-validation.tsv");
    /** The port the corpus's XXE proof of concept tries to exfiltrate to. */
    private static final int POC_PORT = 61932;

    private final ReturnNormalizer normalizer = new ReturnNormalizer(new PoiWorkbookReader(ReadLimits.DEFAULT),
            Catalog.load(), PreviousValues.NONE);

    @Test
    void everyCorpusFileGetsAVerdictInTimeWithoutEscapingOrTouchingTheNetwork() throws Exception {
        // given
        List<Path> files = Corpus.files();
        assertThat(files).as("corpus files").hasSizeGreaterThan(100);
        List<String> lines = new ArrayList<>();
        List<String> escaped = new ArrayList<>();
        List<String> slow = new ArrayList<>();
        List<String> unexplained = new ArrayList<>();
        Map<String, Integer> byVerdict = new TreeMap<>();
        Map<String, Integer> byCode = new TreeMap<>();
        List<String> networkAttempts;
        boolean pocConnected;
        ExecutorService workers = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "corpus-validation");
            thread.setDaemon(true);
            return thread;
        });

        // when
        try (NetworkAttempts network = NetworkAttempts.record(); ServerSocket poc = LoopbackTrap.listenOn(POC_PORT)) {
            for (Path file : files) {
                String name = CORPUS.relativize(file).toString();
                long started = System.nanoTime();
                Future<ValidatedReturn> verdict = workers.submit(() -> normalizer.normalize(
                        new ReturnFile(file, "housing", Fingerprint.sha256(file),
                                Files.getLastModifiedTime(file).toInstant())));
                ValidatedReturn result = null;
                try {
                    result = verdict.get(BOUND.toMillis(), TimeUnit.MILLISECONDS);
                } catch (TimeoutException hung) {
                    verdict.cancel(true);
                    slow.add(name);
                } catch (ExecutionException failed) {
                    escaped.add(name + ": " + failed.getCause());
                }
                long millis = Duration.ofNanos(System.nanoTime() - started).toMillis();
                if (result == null) {
                    lines.add(String.join("\t", name, "NO_VERDICT", "", "", Long.toString(millis)));
                    continue;
                }
                String codes = result.errors().stream().map(Finding::code).distinct().collect(Collectors.joining(","));
                String outcome = result.accepted() ? "ACCEPTED" : "REJECTED";
                byVerdict.merge(outcome + (codes.isEmpty() ? "" : " " + result.errors().get(0).code()), 1, Integer::sum);
                result.errors().stream().map(Finding::code).distinct().forEach(code -> byCode.merge(code, 1, Integer::sum));
                result.findings().stream().filter(f -> !hasChinese(f.messageZh()))
                        .forEach(f -> unexplained.add(name + ": " + f));
                lines.add(String.join("\t", name, outcome, codes,
                        result.findings().isEmpty() ? "" : result.findings().get(0).messageZh(), Long.toString(millis)));
            }
            networkAttempts = network.attempts();
            pocConnected = poc != null && LoopbackTrap.acceptedAConnection(poc);
        } finally {
            workers.shutdownNow();
        }
        writeSummary(lines, byVerdict, byCode);

        // then
        assertThat(lines).as("a verdict per file").hasSameSizeAs(files);
        assertThat(escaped).as("exceptions out of ReturnNormalizer.normalize").isEmpty();
        assertThat(slow).as("files without a verdict within %s", BOUND).isEmpty();
        assertThat(unexplained).as("findings without a Chinese message").isEmpty();
        assertThat(networkAttempts).as("network connection attempts").isEmpty();
        assertThat(pocConnected).as("a connection to the XXE proof of concept's port").isFalse();
        assertThat(byCode).as("rejections that say the workbook could not be read and ones that found no table")
                .containsKeys("NO_TABLE", "ENCRYPTED", "CORRUPT");
    }

    private static boolean hasChinese(String text) {
        return text != null && text.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp)
                == Character.UnicodeScript.HAN);
    }

    private static void writeSummary(List<String> lines, Map<String, Integer> byVerdict, Map<String, Integer> byCode)
            throws IOException {
        Files.createDirectories(SUMMARY.getParent());
        List<String> tsv = new ArrayList<>();
        tsv.add("file\tverdict\terror_codes\tfirst_message\tmillis");
        lines.forEach(line -> tsv.add(line.replace('\n', ' ')));
        Files.write(SUMMARY, tsv, StandardCharsets.UTF_8);
        System.out.println("Corpus validation (" + lines.size() + " files, details in " + SUMMARY + "):");
        System.out.println(" by verdict and first error code:");
        byVerdict.forEach((verdict, count) -> System.out.printf("  %-32s %4d%n", verdict, count));
        System.out.println(" files per error code:");
        byCode.forEach((code, count) -> System.out.printf("  %-32s %4d%n", code, count));
    }
}
