package cn.jingan.planwatch.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The corpus is complete as its manifest lists it, byte for byte, and carries the license text of every source. */
class CorpusManifestTest {

    @Test
    void everyCorpusFileIsListedInTheManifestWithItsSizeAndSha256() throws Exception {
        // given
        Map<String, List<String>> manifest = rows("MANIFEST.tsv", "file");
        // when
        Map<String, String> found = new TreeMap<>();
        for (Path file : Corpus.files()) {
            found.put(Corpus.DIR.relativize(file).toString().replace('\\', '/'),
                    Files.size(file) + " " + sha256(file));
        }
        // then
        Map<String, String> listed = new TreeMap<>();
        manifest.forEach((name, row) -> listed.put(name, row.get(1) + " " + row.get(2)));
        assertThat(found).hasSize(381).isEqualTo(listed);
    }

    @Test
    void everySourceRepositoryHasItsLicenseTextAndApachePoiItsNotice() throws IOException {
        // given
        Map<String, List<String>> sources = rows("SOURCES.tsv", "source_repo");
        Map<String, List<String>> manifest = rows("MANIFEST.tsv", "file");
        // when
        List<Path> licenses = sources.keySet().stream()
                .map(repo -> Corpus.DIR.resolve("licenses").resolve(repo.replace("/", "__") + "__LICENSE"))
                .toList();
        // then
        assertThat(manifest.values()).extracting(row -> row.get(3)).allMatch(sources::containsKey);
        assertThat(licenses).hasSize(7).allSatisfy(license -> assertThat(license).isNotEmptyFile());
        assertThat(Corpus.DIR.resolve("licenses/apache__poi__NOTICE")).content()
                .contains("The Apache Software Foundation");
        assertThat(sources.values()).extracting(row -> row.get(2))
                .anyMatch(spdx -> spdx.startsWith("Apache-2.0"))
                .anyMatch(spdx -> spdx.startsWith("BSD-3-Clause"))
                .anyMatch(spdx -> spdx.startsWith("MulanPSL-2.0"));
    }

    /** The rows of a TSV of the corpus folder by their first column, after checking the header's first name. */
    private static Map<String, List<String>> rows(String tsv, String firstColumn) throws IOException {
        List<String> lines = Files.readAllLines(Corpus.DIR.resolve(tsv), StandardCharsets.UTF_8);
        assertThat(lines.get(0)).startsWith(firstColumn + "\t");
        Map<String, List<String>> rows = new TreeMap<>();
        lines.stream().skip(1).filter(line -> !line.isBlank()).map(line -> List.of(line.split("\t", -1)))
                .forEach(row -> rows.put(row.get(0), row));
        return rows;
    }

    private static String sha256(Path file) throws IOException, NoSuchAlgorithmException {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
