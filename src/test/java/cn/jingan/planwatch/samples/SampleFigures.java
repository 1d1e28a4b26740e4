package cn.jingan.planwatch.samples;

import cn.jingan.planwatch.catalog.Period;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * The true figures behind the sample returns, in each indicator's catalog unit: published values where
 * they exist, plausible synthetic ones elsewhere. Flows are increments per period; stocks and levels are
 * period-end values. A value of {@code null} means the bureau reported {@code —} for it.
 */
final class SampleFigures {

    /** The 14 streets and the town, in the order of areas.tsv, with their 2020..2023 counts of I23. */
    static final Map<String, int[]> SPECIALTIES_BY_AREA = specialtiesByArea();

    /** Retail sales (I03) a year, in 亿元: 2022 and 2023 published (≈1500, ≈1710), 2024 being its first half. */
    private static final Map<Integer, String> RETAIL_SALES_TOTALS =
            Map.of(2020, "1340.00", 2021, "1580.00", 2022, "1500.00", 2023, "1710.00", 2024, "800.00");

    private final Map<String, Map<Period, BigDecimal>> values = new LinkedHashMap<>();

    private SampleFigures() {}

    /** Builds the figures; the only randomness (monthly retail sales) comes from a fixed seed. */
    static SampleFigures create(long seed) {
        SampleFigures figures = new SampleFigures();
        figures.quarterly("I01", 2020, "48 51 53 56 | 58 61 63 66 | 68 71 73 76 | 80 84 88 92 | 95 97");
        figures.quarterly("I02", 2020, "2 3 3 3 | 3 4 3 4 | 2 3 4 4 | 2 3 3 4 | 4 5");
        figures.monthly("I03", new Random(seed));
        figures.annual("I04", 2020, "1 1 1 1");
        figures.annual("I05", 2020, "720 850 800 900");
        figures.quarterly("I06", 2020, "28 — 41 46 | 42 51 49 58 | 38 31 52 59 | 52 61 57 66 | 51 59");
        figures.quarterly("I07", 2020, "1 2 2 3 | 2 3 3 3 | 2 2 2 3 | 2 2 3 3 | 2 2");
        figures.quarterly("I08", 2022, "1 1 1 1 | 1 1 2 2 | 2 2");
        figures.annual("I09", 2020, "610 660 705 760");
        figures.annual("I10", 2020, "78 86 92 99");
        figures.quarterly("I11", 2020, "3 4 5 5 | 4 5 6 6 | 3 4 5 6 | 4 5 5 5 | 4 6");
        figures.quarterly("I12", 2020, "62 70 74 84 | 68 76 79 87 | 72 80 85 98 | 82 93 91 104 | 95 105");
        figures.quarterly("I14", 2022, "235 242 250 260 | 268 280 290 305 | 318 332");
        figures.quarterly("I15", 2022, "1 1 2 1 | 1 2 2 3 | 2 2");
        figures.quarterly("I16", 2020, "8.50 11.20 12.80 15.50 | 10.20 13.40 14.10 17.30 | 9.80 14.60 16.30 21.30"
                + " | 17.60 22.40 21.40 23.60 | 21.50 26.50");
        figures.quarterly("I17", 2020, "15 16 18 20 | 23 27 31 35 | 39 42 46 50 | 55 62 71 80 | 92 100");
        figures.quarterly("I18", 2022, "0.7200 0.9100 0.8800 1.0900 | 0.8125 1.0875 1.4950 1.8050 | 0.9300 1.1700");
        figures.quarterly("I19", 2022, "0.4200 0.4800 0.5100 0.4900 | 0.5150 0.6850 0.6200 0.7800 | 0.6100 0.6900");
        figures.quarterly("I20", 2020, "2.80 3.40 3.60 4.20 | 3.10 3.90 4.20 4.80 | 3.50 4.30 4.60 5.60"
                + " | 4.40 5.60 5.20 5.80 | 4.60 5.40");
        figures.annual("I21", 2020, "60 72 85 100");
        figures.annual("I22", 2020, "8 9 11 12");
        figures.annual("I24", 2020, "0.688 0.72 0.76 0.80");
        SPECIALTIES_BY_AREA.forEach((area, counts) -> {
            for (int i = 0; i < counts.length; i++) {
                figures.put("I23@" + area, Period.annual(2020 + i), BigDecimal.valueOf(counts[i]));
            }
        });
        return figures;
    }

    /** The periods an indicator (or {@code I23@<area>}) has a row for, in time order. */
    List<Period> periods(String key) {
        return new ArrayList<>(values.getOrDefault(key, Map.of()).keySet());
    }

    /** True when the indicator has a row for the period, reported or {@code —}. */
    boolean hasRow(String key, Period period) {
        return values.getOrDefault(key, Map.of()).containsKey(period);
    }

    /** The value of a row; empty when the bureau reported {@code —}. */
    Optional<BigDecimal> value(String key, Period period) {
        return Optional.ofNullable(values.get(key).get(period));
    }

    /** The year-to-date sum of a flow's increments up to and including the period. */
    BigDecimal yearToDate(String key, Period period) {
        return values.get(key).entrySet().stream()
                .filter(e -> e.getKey().year() == period.year() && e.getKey().compareTo(period) <= 0)
                .map(Map.Entry::getValue)
                .filter(v -> v != null)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private void quarterly(String code, int firstYear, String table) {
        String[] years = table.split("\\|");
        for (int y = 0; y < years.length; y++) {
            String[] cells = years[y].trim().split("\\s+");
            for (int q = 0; q < cells.length; q++) {
                put(code, Period.quarter(firstYear + y, q + 1), parse(cells[q]));
            }
        }
    }

    private void annual(String code, int firstYear, String table) {
        String[] cells = table.trim().split("\\s+");
        for (int y = 0; y < cells.length; y++) {
            put(code, Period.annual(firstYear + y), parse(cells[y]));
        }
    }

    /** Splits each year's retail sales over its months with a seasonal pattern and a little noise. */
    private void monthly(String code, Random random) {
        double[] seasonal = {1.02, 0.88, 0.93, 0.95, 0.98, 1.00, 0.97, 0.96, 0.99, 1.03, 1.10, 1.19};
        for (int year = 2020; year <= 2024; year++) {
            int months = year == 2024 ? 6 : 12;
            double[] weights = new double[months];
            double sum = 0;
            for (int m = 0; m < months; m++) {
                weights[m] = seasonal[m] * (0.97 + 0.06 * random.nextDouble());
                if (year == 2020 && m == 1) {
                    weights[m] *= 0.62;
                }
                if (year == 2022 && (m == 3 || m == 4)) {
                    weights[m] *= m == 3 ? 0.38 : 0.57;
                }
                sum += weights[m];
            }
            BigDecimal total = new BigDecimal(RETAIL_SALES_TOTALS.get(year));
            BigDecimal allocated = BigDecimal.ZERO;
            for (int m = 0; m < months; m++) {
                BigDecimal share = m == months - 1
                        ? total.subtract(allocated)
                        : total.multiply(BigDecimal.valueOf(weights[m] / sum)).setScale(2, RoundingMode.HALF_UP);
                allocated = allocated.add(share);
                put(code, Period.month(year, m + 1), share);
            }
        }
    }

    private void put(String key, Period period, BigDecimal value) {
        values.computeIfAbsent(key, k -> new LinkedHashMap<>()).put(period, value);
    }

    private static BigDecimal parse(String cell) {
        return cell.equals("—") ? null : new BigDecimal(cell);
    }

    private static Map<String, int[]> specialtiesByArea() {
        Map<String, int[]> counts = new LinkedHashMap<>();
        counts.put("JAS", new int[] {2, 3, 3, 4});
        counts.put("CJD", new int[] {2, 2, 3, 3});
        counts.put("JNL", new int[] {1, 2, 2, 3});
        counts.put("SMEL", new int[] {3, 3, 4, 4});
        counts.put("NJXL", new int[] {2, 3, 4, 5});
        counts.put("TMXL", new int[] {1, 1, 2, 2});
        counts.put("BZ", new int[] {2, 2, 2, 3});
        counts.put("BSL", new int[] {1, 2, 3, 3});
        counts.put("ZJXL", new int[] {2, 3, 3, 4});
        counts.put("GHXL", new int[] {3, 4, 5, 6});
        counts.put("DNL", new int[] {2, 2, 3, 4});
        counts.put("PPXC", new int[] {1, 1, 2, 3});
        counts.put("LFL", new int[] {2, 2, 2, 2});
        counts.put("PPZ", new int[] {2, 3, 4, 5});
        return counts;
    }
}
