package cn.jingan.planwatch.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.jingan.planwatch.catalog.Area;
import cn.jingan.planwatch.catalog.Bureau;
import cn.jingan.planwatch.catalog.Catalog;
import cn.jingan.planwatch.excel.BlankFormWriter;
import cn.jingan.planwatch.template.FilledTemplates.Line;
import cn.jingan.planwatch.template.FilledTemplates;
import cn.jingan.planwatch.warehouse.WarehouseReader;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The round trip, for every bureau: {@code planwatch templates} writes its blank returns for a year, a quarter and
 * a month; a clerk types a number into every value cell and drops the file into the inbox; {@code planwatch run}
 * accepts it whole and the warehouse holds exactly the values typed. The next quarter's template then shows them
 * greyed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TemplatesRoundTripIntegrationTests {

    private static final Catalog CATALOG = Catalog.load();
    private static final List<String> PERIODS = List.of("2023", "2024-Q2", "2024-M06");

    Path data;
    /** bureau → "indicator period area" → value typed */
    final Map<String, Map<String, BigDecimal>> typed = new HashMap<>();
    Map<String, BigDecimal> loaded = new HashMap<>();
    final Map<String, Integer> exits = new HashMap<>();

    @BeforeAll
    void fillEveryTemplateAndRunTheIntake(@TempDir Path dir) throws IOException {
        data = dir;
        for (String period : PERIODS) {
            exits.put("templates " + period, PlanwatchCommand.execute("templates", "--period", period, "--data-dir",
                    dir.toString()));
        }
        Instant received = Instant.now().minusSeconds(3600);
        for (Path template : files(dir.resolve("outbox"))) {
            String bureau = template.getParent().getFileName().toString();
            String period = template.getFileName().toString().replace("template_", "").replace(".xlsx", "");
            Path returned = dir.resolve("inbox").resolve(bureau).resolve("return_" + period + ".xlsx");
            Map<Line, BigDecimal> values = FilledTemplates.fill(template, returned, (line, n) -> value(line, n));
            values.forEach((line, value) -> typed.computeIfAbsent(bureau, b -> new HashMap<>())
                    .put(key(line.code(), period, areaCode(line.area())), value));
            Files.setLastModifiedTime(returned, FileTime.from(received));
        }
        exits.put("run", PlanwatchCommand.execute("run", "--data-dir", dir.toString()));
        try (WarehouseReader reader = WarehouseReader.open(dir.resolve("warehouse.duckdb"))) {
            for (Map<String, Object> row : reader.query("select bureau_code, indicator_code, period_code, area_code,"
                    + " value from fact_observation where measure = 'period'")) {
                loaded.put(row.get("bureau_code") + " " + key((String) row.get("indicator_code"),
                        (String) row.get("period_code"), (String) row.get("area_code")), (BigDecimal) row.get("value"));
            }
        }
    }

    static Stream<String> bureaus() {
        return CATALOG.bureaus().stream().map(Bureau::code);
    }

    @ParameterizedTest
    @MethodSource("bureaus")
    void aBureausFilledTemplatesAreAcceptedWholeAndLoadExactlyTheValuesTyped(String bureau) throws IOException {
        // then
        assertThat(exits).allSatisfy((command, exit) -> assertThat(exit).as(command).isZero());
        assertThat(typed.get(bureau)).isNotEmpty();
        assertThat(files(data.resolve("quarantine"))).isEmpty();
        assertThat(files(data.resolve("archive").resolve(bureau))).hasSize(
                (int) files(data.resolve("outbox").resolve(bureau)).stream()
                        .filter(p -> p.getFileName().toString().startsWith("template_")).count());
        Map<String, BigDecimal> ofBureau = new HashMap<>();
        loaded.forEach((key, value) -> {
            if (key.startsWith(bureau + " ")) {
                ofBureau.put(key.substring(bureau.length() + 1), value);
            }
        });
        assertThat(ofBureau.keySet()).containsExactlyInAnyOrderElementsOf(typed.get(bureau).keySet());
        typed.get(bureau).forEach((key, value) -> assertThat(ofBureau.get(key)).as(key).isEqualByComparingTo(value));
    }

    @Test
    void theNextQuartersTemplateShowsTheValuesJustLoadedGreyedBesideEachRow() throws IOException {
        // when
        int exit = PlanwatchCommand.execute("templates", "--period", "2024-Q3", "--bureau", "housing", "--out",
                data.resolve("next").toString(), "--data-dir", data.toString());

        // then
        assertThat(exit).isZero();
        Path template = data.resolve("next/housing/template_2024-Q3.xlsx");
        try (InputStream in = Files.newInputStream(template); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            Map<Line, Row> lines = FilledTemplates.lines(workbook.getSheet(BlankFormWriter.FORM_SHEET));
            assertThat(lines).hasSize(2);
            lines.forEach((line, row) -> assertThat(row.getCell(BlankFormWriter.PREVIOUS_COLUMN).getNumericCellValue())
                    .isEqualTo(typed.get("housing").get(key(line.code(), "2024-Q2", "JA")).doubleValue()));
        }
    }

    /** Ranks 1; others a different number on every row, with decimals. */
    private static BigDecimal value(Line line, int n) {
        return CATALOG.indicator(line.code()).orElseThrow().kind().name().equals("RANK") ? BigDecimal.ONE
                : new BigDecimal("12.25").add(BigDecimal.valueOf(n * 3L));
    }

    private static String areaCode(String name) {
        return CATALOG.area(name).map(Area::code).orElseThrow();
    }

    private static String key(String indicator, String period, String area) {
        return indicator + " " + period + " " + area;
    }

    private static List<Path> files(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted().toList();
        }
    }
}
