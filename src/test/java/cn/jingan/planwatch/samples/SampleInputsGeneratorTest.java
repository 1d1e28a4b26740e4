package cn.jingan.planwatch.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleInputsGeneratorTest {

    private static final Path COMMITTED = Path.of("sample-inputs");

    @TempDir
    static Path generated;

    private static List<String> written;

    @BeforeAll
    static void generate() throws IOException {
        written = SampleInputsGenerator.generate(generated);
    }

    @Test
    void writesTheCommittedSampleInputsByteForByte() throws IOException {
        // given
        Map<String, String> committed = digests(COMMITTED);

        // when
        Map<String, String> fresh = digests(generated);

        // then
        assertThat(fresh).isEqualTo(committed);
    }

    @Test
    void writesOneReturnPerBureauFrequencyAndPeriodPlusTheFaultyOnes() {
        // given
        Map<String, Long> byBureau = written.stream()
                .collect(Collectors.groupingBy(f -> f.substring(0, f.indexOf('/')), TreeMap::new, Collectors.counting()));

        // then
        assertThat(byBureau).containsExactlyEntriesOf(new TreeMap<>(Map.ofEntries(
                Map.entry("commerce", 54L + 18 + 4 + 1),
                Map.entry("construction", 18L + 1),
                Map.entry("drc", 10L),
                Map.entry("finance", 18L),
                Map.entry("greening", 10L),
                Map.entry("health", 4L),
                Map.entry("housing", 18L + 2),
                Map.entry("market", 18L + 2),
                Map.entry("planning", 4L),
                Map.entry("scitech", 18L + 4 + 1),
                Map.entry("sports", 4L))));
        assertThat(written.stream().filter(f -> f.contains("/bad-"))).hasSize(5);
    }

    @Test
    void sendsTwoBureausReturnsAlwaysAsLegacyWorkbooks() {
        // when
        List<String> legacy = written.stream().filter(f -> f.endsWith(".xls")).toList();

        // then
        assertThat(legacy).allMatch(f -> f.startsWith("health/") || f.startsWith("sports/") || f.startsWith("market/"));
        assertThat(written.stream().filter(f -> f.startsWith("health/") || f.startsWith("sports/")))
                .allMatch(f -> f.endsWith(".xls"));
    }

    @Test
    void listsEveryFileInReceivedWithItsDeliveryTime() throws IOException {
        // given
        List<String> lines = Files.readAllLines(generated.resolve("received.tsv"));

        // when
        Map<String, Instant> received = lines.stream().skip(1).map(l -> l.split("\t"))
                .collect(Collectors.toMap(f -> f[0], f -> Instant.parse(f[1])));

        // then
        assertThat(lines.get(0)).isEqualTo("file\treceived_at");
        assertThat(received.keySet()).containsExactlyInAnyOrderElementsOf(workbooksIn(generated));
        assertThat(received.get("housing/housing_2023-Q4_revised.xlsx"))
                .isAfter(received.get("housing/housing_2023-Q4.xlsx"));
        assertThat(received.get("market/market_2023-Q3_resend.xlsx"))
                .isAfter(received.get("market/market_2023-Q3.xlsx"));
        assertThat(received.get("market/bad-other-bureau_2024-Q1.xlsx"))
                .isBefore(received.get("market/market_2024-Q1.xlsx"));
    }

    @Test
    void sendsTheDuplicateAsTheSameBytesUnderAnotherName() throws IOException {
        // when
        byte[] original = Files.readAllBytes(generated.resolve(FaultyReturns.DUPLICATED));
        byte[] copy = Files.readAllBytes(generated.resolve(FaultyReturns.DUPLICATE));

        // then
        assertThat(copy).isEqualTo(original);
    }

    private static List<String> workbooksIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(f -> f.toString().endsWith(".xlsx") || f.toString().endsWith(".xls"))
                    .map(f -> folder.relativize(f).toString().replace('\\', '/')).toList();
        }
    }

    private static Map<String, String> digests(Path folder) throws IOException {
        Map<String, String> digests = new TreeMap<>();
        for (String file : workbooksIn(folder)) {
            digests.put(file, sha256(folder.resolve(file)));
        }
        digests.put("received.tsv", sha256(folder.resolve("received.tsv")));
        return digests;
    }

    private static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
