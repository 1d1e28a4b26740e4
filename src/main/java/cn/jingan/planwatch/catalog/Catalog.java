package cn.jingan.planwatch.catalog;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The contract with the outside world: indicators, bureaus and areas, loaded from
 * {@code schemas/catalog/*.tsv} on the class path. Codes are fixed.
 */
public final class Catalog {

    private final Map<String, Indicator> indicators;
    private final Map<String, Bureau> bureaus;
    private final Map<String, Area> areas;

    private Catalog(List<Indicator> indicators, List<Bureau> bureaus, List<Area> areas) {
        this.indicators = index(indicators, Indicator::code);
        this.bureaus = index(bureaus, Bureau::code);
        this.areas = index(areas, Area::code);
    }

    /** Loads the catalog shipped in the jar under {@code schemas/catalog/}. */
    public static Catalog load() {
        return new Catalog(
                rows("indicators.tsv").stream().map(Catalog::indicator).toList(),
                rows("bureaus.tsv").stream().map(Catalog::bureau).toList(),
                rows("areas.tsv").stream().map(r -> new Area(r.get("code"), r.get("name_zh"), r.get("kind"))).toList());
    }

    public Collection<Indicator> indicators() {
        return indicators.values();
    }

    public Collection<Bureau> bureaus() {
        return bureaus.values();
    }

    public Collection<Area> areas() {
        return areas.values();
    }

    public Optional<Indicator> indicator(String code) {
        return Optional.ofNullable(indicators.get(Labels.normalize(code).toUpperCase()));
    }

    public Optional<Bureau> bureau(String code) {
        return Optional.ofNullable(bureaus.get(code));
    }

    /** A bureau named by code, name or alias. */
    public Optional<Bureau> bureauNamed(String label) {
        return bureaus.values().stream().filter(b -> b.isNamedBy(label)).findFirst();
    }

    /** An area given by code or by name. */
    public Optional<Area> area(String codeOrName) {
        String wanted = Labels.normalize(codeOrName);
        Area byCode = areas.get(wanted.toUpperCase());
        if (byCode != null) {
            return Optional.of(byCode);
        }
        return areas.values().stream().filter(a -> a.nameZh().equals(wanted)).findFirst();
    }

    public List<Indicator> indicatorsOwnedBy(String bureauCode) {
        return indicators.values().stream().filter(i -> i.owner().equals(bureauCode)).toList();
    }

    private static Indicator indicator(Map<String, String> r) {
        return new Indicator(r.get("code"), r.get("section"), r.get("name_zh"), r.get("owner"),
                Indicator.Kind.valueOf(r.get("kind").toUpperCase()), r.get("unit"), Frequency.of(r.get("frequency")),
                Integer.parseInt(r.get("due_days")), LocalDate.parse(r.get("window_start")),
                LocalDate.parse(r.get("window_end")), Indicator.Comparator.valueOf(r.get("comparator").toUpperCase()),
                decimal(r.get("target")), decimal(r.get("target_max")), "yes".equals(r.get("per_area")),
                r.get("seed_phrase"));
    }

    private static Bureau bureau(Map<String, String> r) {
        String aliases = r.get("aliases");
        return new Bureau(r.get("code"), r.get("name_zh"), r.get("name_en"),
                aliases.isBlank() ? List.of() : List.of(aliases.split(";")));
    }

    private static BigDecimal decimal(String text) {
        return text == null || text.isBlank() ? null : new BigDecimal(text.trim());
    }

    private static List<Map<String, String>> rows(String file) {
        String resource = "schemas/catalog/" + file;
        try (InputStream in = Catalog.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("catalog file missing from the class path: " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> header = Arrays.asList(reader.readLine().split("\t", -1));
            List<Map<String, String>> rows = new ArrayList<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                String[] fields = line.split("\t", -1);
                Map<String, String> row = new LinkedHashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    row.put(header.get(i), i < fields.length ? fields[i] : "");
                }
                rows.add(row);
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> Map<String, T> index(List<T> items, Function<T, String> key) {
        Map<String, T> map = new LinkedHashMap<>();
        items.forEach(item -> map.put(key.apply(item), item));
        return map;
    }
}
