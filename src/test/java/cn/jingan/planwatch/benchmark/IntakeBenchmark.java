package cn.jingan.planwatch.benchmark;

import cn.jingan.planwatch.cli.PlanwatchCommand;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Returns per second through the whole intake job: {@code java ... IntakeBenchmark [count] [workdir]} writes
 * {@code count} (default 2,000) small distinct returns as bureaus make them (title, header block, table of
 * three rows), then runs {@code planwatch run} over them and prints the rate. Not a test: figures vary with the
 * machine; the README gives the ones measured.
 */
public final class IntakeBenchmark {

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 2_000;
        Path work = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("planwatch-bench");
        Path inputs = work.resolve("inputs");
        List<String> received = new ArrayList<>(List.of("file\treceived_at"));
        for (int i = 0; i < count; i++) {
            int year = 2015 + i / 12 % 20;
            int month = i % 12 + 1;
            String name = String.format("commerce/commerce_%d-%02d_%05d.xlsx", year, month, i);
            writeReturn(inputs.resolve(name), year, month, 100 + i * 0.01);
            received.add(name + "\t" + Instant.parse("2024-01-01T00:00:00Z").plusSeconds(i));
        }
        Files.write(inputs.resolve("received.tsv"), received);
        long start = System.nanoTime();
        int exit = PlanwatchCommand.execute("run", "--copy-from", inputs.toString(), "--data-dir",
                work.resolve("data").toString());
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("%d returns in %.1f s (whole command, JVM warm-up and warehouse publish included): "
                + "%.0f returns/s; exit %d; runtime %d cores, max heap %d MB%n", count, seconds, count / seconds, exit,
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
    }

    private static void writeReturn(Path file, int year, int month, double value) throws IOException {
        Files.createDirectories(file.getParent());
        try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet sheet = workbook.createSheet("月报");
            sheet.createRow(0).createCell(0).setCellValue("静安区“十四五”规划指标监测月报表");
            Row block = sheet.createRow(2);
            block.createCell(0).setCellValue("填报单位：区商务委");
            block.createCell(2).setCellValue("报告期：" + year + "年" + month + "月");
            Row header = sheet.createRow(4);
            String[] labels = {"指标编码", "指标名称", "计量单位", "本期值", "备注"};
            for (int c = 0; c < labels.length; c++) {
                header.createCell(c).setCellValue(labels[c]);
            }
            Row row = sheet.createRow(5);
            row.createCell(0).setCellValue("I03");
            row.createCell(1).setCellValue("社会消费品零售总额");
            row.createCell(2).setCellValue("亿元");
            row.createCell(3).setCellValue(value);
            sheet.createRow(7).createCell(0).setCellValue("注：数据来源于区统计局快报。");
            workbook.write(out);
        }
    }
}
