package cn.jingan.planwatch.excel;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The robustness corpus of other people's spreadsheets, kept in the test resources with its manifest and licenses. */
public final class Corpus {
    /** The corpus folder: {@code src/test/resources/corpus}, as copied onto the test class path. */
    public static final Path DIR = locate();

    private Corpus() {}

    /** Every spreadsheet of the corpus, sorted: the files below its folders, not the manifest or the licenses. */
    public static List<Path> files() throws IOException {
        try (Stream<Path> walk = Files.walk(DIR)) {
            return walk.filter(Files::isRegularFile)
                    .filter(p -> !p.startsWith(DIR.resolve("licenses")))
                    .filter(p -> !p.getParent().equals(DIR))
                    .sorted()
                    .toList();
        }
    }

    /** A corpus file by its path in the manifest, e.g. {@code poi/spreadsheet/password.xls}. */
    public static Path file(String name) {
        return DIR.resolve(name);
    }

    private static Path locate() {
        URL manifest = Corpus.class.getResource("/corpus/MANIFEST.tsv");
        if (manifest == null) {
            throw new IllegalStateException("the corpus is not on the test class path (src/test/resources/corpus)");
        }
        try {
            return Path.of(manifest.toURI()).getParent();
        } catch (URISyntaxException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
