package cn.jingan.planwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jingan.planwatch.catalog.PlanZone;
import cn.jingan.planwatch.report.HeadlessChromium;
import cn.jingan.planwatch.warehouse.MidtermRow;
import cn.jingan.planwatch.warehouse.WarehouseReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The dashboard for real: the sample returns run through intake, which rewrites {@code dashboard/index.html}; then
 * {@code dashboard --out} at the sample's evaluation date, opened from {@code file://} in Debian's headless
 * Chromium, with its console and network watched. Screenshots are kept under {@code target/dashboard/}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardCommandIntegrationTests {

    static final Path SCREENSHOTS = Path.of("target", "dashboard");
    static final String AS_OF = "2024-06-30";
    static final String KNOWN_AT = "2024-07-31";

    Path dataDir;
    Path page;
    List<MidtermRow> district;

    @BeforeAll
    void runTheSamplesAndWriteTheDashboard(@TempDir Path dir) {
        dataDir = SampleRun.dataDir();
        page = dir.resolve("share").resolve("看板.html");
        assertThat(SampleRun.execute("dashboard", "--data-dir", dataDir.toString(), "--out", page.toString(),
                "--as-of", AS_OF, "--known-at", KNOWN_AT)).isZero();
        try (WarehouseReader reader = WarehouseReader.open(dataDir.resolve("warehouse.duckdb"))) {
            district = reader.midterm(LocalDate.parse(AS_OF), ReportCommand.KnownAtConverter.convert(KNOWN_AT, PlanZone.DEFAULT))
                    .stream().filter(r -> r.areaCode().equals("JA")).toList();
        }
    }

    @Test
    void rewritesTheDashboardInTheDataDirectoryAfterEveryPublish() throws Exception {
        // then: the intake run's publish wrote it, whole, in Chinese, with nothing left aside
        Path published = dataDir.resolve("dashboard").resolve("index.html");
        String html = Files.readString(published, StandardCharsets.UTF_8);
        assertThat(html).startsWith("<!DOCTYPE html>").endsWith("</html>\n").contains("中期评估看板")
                .doesNotContain("<script", "src=", "href=\"http");
        try (var files = Files.list(published.getParent())) {
            assertThat(files).containsExactly(published);
        }
    }

    @Test
    void opensFromAFileUrlInChromiumWithNoErrorNoRequestAndAChartForEveryIndicator() throws Exception {
        // given
        String url = page.toUri().toString();

        // when
        List<String> charts = new ArrayList<>();
        try (HeadlessChromium browser = HeadlessChromium.start(SCREENSHOTS.resolve("profile-" + System.nanoTime()))) {
            browser.open(url, 1280, 900);
            JsonNode found = browser.evaluate(
                    "[...document.querySelectorAll('svg.trend')].map(s => s.dataset.indicator)");
            found.forEach(code -> charts.add(code.asString()));
            String matrix = browser.evaluate("document.querySelector('#matrix').innerText").asString();
            String tracker = browser.evaluate("document.querySelector('#tracker').innerText").asString();
            long streets = browser.evaluate("document.querySelectorAll('#streets tr[data-area]').length").asLong();
            browser.screenshot(SCREENSHOTS.resolve("dashboard-laptop.png"));
            browser.screenshotOfTheWindow(SCREENSHOTS.resolve("dashboard-laptop-first-screen.png"));

            // then
            assertThat(browser.errors()).isEmpty();
            assertThat(browser.requests()).allMatch(url::equals);
            assertThat(charts).containsExactlyElementsOf(district.stream().map(MidtermRow::indicatorCode).toList());
            assertThat(matrix).contains("S1 对外开放与产业能级", "S4 民心工程与公共服务");
            for (MidtermRow row : district) {
                assertThat(matrix).contains(row.indicatorName());
            }
            assertThat(tracker).contains("逾期未报", "区商务委");
            assertThat(streets).isEqualTo(14);
        }
    }

    @Test
    void fitsAPhoneScreenWithoutScrollingSideways() throws Exception {
        // when
        try (HeadlessChromium browser = HeadlessChromium.start(SCREENSHOTS.resolve("profile-" + System.nanoTime()))) {
            browser.open(page.toUri().toString(), 390, 844);
            long pageWidth = browser.evaluate("document.documentElement.scrollWidth").asLong();
            browser.screenshot(SCREENSHOTS.resolve("dashboard-phone.png"));
            browser.screenshotOfTheWindow(SCREENSHOTS.resolve("dashboard-phone-first-screen.png"));

            // then
            assertThat(pageWidth).isLessThanOrEqualTo(390);
            assertThat(browser.errors()).isEmpty();
        }
    }

    @Test
    void answersOneWithoutAWarehouseAndTwoForABadDate(@TempDir Path empty) {
        // when
        int noWarehouse = SampleRun.execute("dashboard", "--data-dir", empty.toString());
        int badDate = SampleRun.execute("dashboard", "--data-dir", dataDir.toString(), "--as-of", "2024-13-01");

        // then
        assertThat(noWarehouse).isEqualTo(1);
        assertThat(badDate).isEqualTo(2);
        assertThat(empty.resolve("dashboard")).doesNotExist();
    }

    @Test
    void keepsTheRunsDataWhenTheDashboardCannotBeWritten(@TempDir Path dir) throws Exception {
        // given: the health bureau's sample returns, and a plain file where the dashboard folder should be
        Path samples = healthSamples(dir.resolve("samples"));
        Path data = dir.resolve("data");
        Path blocked = data.resolve("dashboard");
        Files.createDirectories(data);
        Files.writeString(blocked, "not a folder");

        // when
        int exit = SampleRun.execute("run", "--copy-from", samples.toString(), "--data-dir", data.toString());

        // then: the run's data is published, the blocking file untouched
        assertThat(exit).isZero();
        assertThat(data.resolve("warehouse.duckdb")).isRegularFile();
        try (WarehouseReader reader = WarehouseReader.open(data.resolve("warehouse.duckdb"))) {
            assertThat(reader.counts().get("fact_submission")).isPositive();
        }
        assertThat(Files.readString(blocked)).isEqualTo("not a folder");
    }

    @Test
    void leavesACurrentDashboardAloneWhenARunFindsNothingNew(@TempDir Path dir) throws Exception {
        // given: a run that wrote the dashboard
        Path samples = healthSamples(dir.resolve("samples"));
        Path data = dir.resolve("data");
        assertThat(SampleRun.execute("run", "--copy-from", samples.toString(), "--data-dir", data.toString())).isZero();
        Path dashboard = data.resolve("dashboard").resolve("index.html");
        String before = Files.readString(dashboard);

        // when: a run with nothing new
        assertThat(SampleRun.execute("run", "--data-dir", data.toString())).isZero();

        // then: the page, with its knowledge time, is the one written before
        assertThat(Files.readString(dashboard)).isEqualTo(before);
    }

    /** The sample returns of the health bureau alone, with their delivery times. */
    private static Path healthSamples(Path samples) throws Exception {
        Files.createDirectories(samples.resolve("health"));
        try (var files = Files.list(RunCommandIntegrationTests.SAMPLES.resolve("health"))) {
            for (Path file : files.toList()) {
                Files.copy(file, samples.resolve("health").resolve(file.getFileName()));
            }
        }
        Files.write(samples.resolve("received.tsv"), Files.readAllLines(RunCommandIntegrationTests.SAMPLES
                .resolve("received.tsv")).stream().filter(l -> !l.contains("/") || l.startsWith("health/")).toList());
        return samples;
    }
}
