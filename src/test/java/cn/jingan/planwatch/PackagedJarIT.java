package cn.jingan.planwatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/** The fat jar that {@code package} builds: what it ships, and how large it is. */
class PackagedJarIT {

    /** {@code target/planwatch.jar}, named by the build. */
    static final Path JAR = Path.of(System.getProperty("planwatch.jar", "target/planwatch.jar"));
    private static final Pattern STATED_SIZE = Pattern.compile("`target/planwatch\\.jar` is (\\d+) MB");

    @Test
    void shipsNoHadoopJarButTheLibrariesTheLakeAndWarehouseRunOn() throws IOException {
        // given
        assertThat(JAR).isRegularFile();
        // when
        List<String> libraries;
        try (ZipFile jar = new ZipFile(JAR.toFile())) {
            libraries = jar.stream().map(ZipEntry::getName).filter(name -> name.startsWith("BOOT-INF/lib/"))
                    .map(name -> name.substring("BOOT-INF/lib/".length())).filter(name -> !name.isEmpty()).toList();
        }
        // then
        assertThat(libraries).noneMatch(name -> name.startsWith("hadoop-"));
        assertThat(libraries).anyMatch(name -> name.startsWith("parquet-hadoop-"))
                .anyMatch(name -> name.startsWith("zstd-jni-"))
                .anyMatch(name -> name.startsWith("duckdb_jdbc-"))
                .anyMatch(name -> name.startsWith("poi-ooxml-"));
    }

    @Test
    void isAsLargeAsTheReadmeSays() throws IOException {
        // given
        String readme = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
        Matcher stated = STATED_SIZE.matcher(readme);
        assertThat(stated.find()).as("the README states the jar's size as %s", STATED_SIZE).isTrue();
        // when
        double megabytes = Files.size(JAR) / 1e6;
        // then
        assertThat(megabytes).as("the jar's size in MB").isBetween(
                Integer.parseInt(stated.group(1)) - 3.0, Integer.parseInt(stated.group(1)) + 3.0);
    }
}
