package cn.jingan.planwatch.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Streams a ~50 MB .xlsx (750,000 rows of 8 columns) through {@link PoiWorkbookReader} and reports time,
 * peak heap and peak resident memory. Not a test: run it by hand, ideally with a small heap, e.g.
 * {@code java -Xmx256m -cp ... cn.jingan.planwatch.excel.LargeWorkbookBenchmark [file] [rows]}. The first
 * run writes the file; run it again so that the figures cover reading alone.
 */
public final class LargeWorkbookBenchmark {

    private static final int COLUMNS = 8;

    private LargeWorkbookBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args.length > 0 ? args[0] : "/tmp/planwatch-large.xlsx");
        int rows = args.length > 1 ? Integer.parseInt(args[1]) : 750_000;
        if (!Files.exists(file)) {
            long started = System.nanoTime();
            generate(file, rows);
            System.out.printf("wrote %s: %,d rows x %d columns in %.1f s%n", file, rows, COLUMNS, seconds(started));
        }
        System.out.printf("file size: %.1f MB; max heap: %d MB; processors: %d; %s %s%n",
                Files.size(file) / 1e6, Runtime.getRuntime().maxMemory() >> 20,
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.name"),
                System.getProperty("java.version"));
        measure(file, rows);
    }

    private static void measure(Path file, int rows) throws Exception {
        System.gc();
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
        long[] counts = new long[2];
        SheetVisitor counting = new SheetVisitor() {
            @Override
            public void startSheet(String name) {
            }

            @Override
            public boolean row(SheetRow row) {
                counts[0]++;
                counts[1] += row.cells().size();
                return true;
            }

            @Override
            public boolean endSheet() {
                return false;
            }
        };
        PoiWorkbookReader reader = new PoiWorkbookReader(
                new ReadLimits(rows + 10, 1L << 30, Duration.ofMinutes(10)));
        long started = System.nanoTime();
        reader.read(file, counting);
        double took = seconds(started);
        System.out.printf("read %,d rows, %,d cells in %.1f s (%,.0f rows/s)%n", counts[0], counts[1], took,
                counts[0] / took);
        System.out.printf("peak heap (sum of pool peaks): %d MB; peak RSS (VmHWM): %s%n", peakHeapMb(), peakRss());
    }

    private static void generate(Path file, int rows) throws IOException {
        Random random = new Random(14);
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200); OutputStream out = Files.newOutputStream(file)) {
            wb.setCompressTempFiles(true);
            Sheet sheet = wb.createSheet("数据");
            Row header = sheet.createRow(0);
            String[] names = {"指标编码", "区域", "报告期", "本期值", "本年累计", "上年同期", "增幅", "备注"};
            for (int c = 0; c < COLUMNS; c++) {
                header.createCell(c).setCellValue(names[c]);
            }
            for (int r = 1; r < rows; r++) {
                Row row = sheet.createRow(r);
                row.createCell(0).setCellValue("S" + (1 + random.nextInt(4)) + "-" + (10 + random.nextInt(90)));
                row.createCell(1).setCellValue("JA" + (10 + random.nextInt(14)));
                row.createCell(2).setCellValue("2024-M" + (10 + random.nextInt(3)));
                for (int c = 3; c < 7; c++) {
                    row.createCell(c).setCellValue(Math.round(random.nextDouble() * 1e12) / 1000.0);
                }
                row.createCell(7).setCellValue(random.nextInt(5) == 0 ? "口径调整" : "正常");
            }
            wb.write(out);
        }
    }

    private static long peakHeapMb() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed())
                .sum() >> 20;
    }

    private static String peakRss() throws IOException {
        Path status = Path.of("/proc/self/status");
        if (!Files.exists(status)) {
            return "n/a";
        }
        return Files.readAllLines(status).stream().filter(l -> l.startsWith("VmHWM"))
                .map(l -> l.replaceAll("\\s+", " ").substring("VmHWM: ".length()))
                .findFirst().orElse("n/a");
    }

    private static double seconds(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1e9;
    }
}
