package cn.jingan.planwatch.benchmark;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Returns per second through the intake job: {@code java ... IntakeBenchmark [count] [workdir] [jvm options...]}
 * writes {@code count} (default 2,000) small distinct returns as bureaus make them (title, header block, table of
 * one row) once into {@code workdir/inputs}, then runs {@code planwatch run} over them in a fresh JVM and prints
 * two rates: the ingest step's own (its start and end in the job repository) and the whole command's (JVM start,
 * Spring context, every step and the warehouse publish included). Not a test: figures vary with the machine and
 * its load; the README gives the ones measured.
 */
public final class IntakeBenchmark {

    private static final String STEPS_SQL = """
            SELECT s.STEP_NAME, s.START_TIME, s.END_TIME, s.WRITE_COUNT
            FROM BATCH_STEP_EXECUTION s
            WHERE s.JOB_EXECUTION_ID = (SELECT MAX(JOB_EXECUTION_ID) FROM BATCH_JOB_EXECUTION)
            ORDER BY s.STEP_EXECUTION_ID""";

    private IntakeBenchmark() {}

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 2_000;
        Path work = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("planwatch-bench");
        List<String> jvmOptions = args.length > 2 ? Arrays.asList(args).subList(2, args.length) : List.of();
        Path inputs = work.resolve("inputs");
        writeInputsUnlessPresent(inputs, count);
        Path data = work.resolve("data");
        deleteTree(data);

        long start = System.nanoTime();
        int exit = runInFreshJvm(jvmOptions, inputs, data, work.resolve("run.log"));
        double whole = (System.nanoTime() - start) / 1e9;

        Map<String, Duration> steps = stepDurations(data);
        double ingest = steps.getOrDefault("ingestReturns", Duration.ZERO).toNanos() / 1e9;
        System.out.printf("%d returns, exit %d, %d cores, load average now %s%n", count, exit,
                Runtime.getRuntime().availableProcessors(), loadAverage());
        Files.readAllLines(work.resolve("run.log")).stream()
                .filter(line -> line.startsWith("planwatch run") || line.startsWith("Files:"))
                .forEach(line -> System.out.println("  " + line));
        steps.forEach((step, took) -> System.out.printf("  step %-16s %6.2f s%n", step, took.toNanos() / 1e9));
        System.out.printf("ingest step:   %6.2f s  %6.0f returns/s%n", ingest, count / ingest);
        System.out.printf("whole command: %6.2f s  %6.0f returns/s (JVM start, context, all steps, publish)%n",
                whole, count / whole);
    }

    private static void writeInputsUnlessPresent(Path inputs, int count) throws IOException {
        Path receivedFile = inputs.resolve("received.tsv");
        if (Files.exists(receivedFile) && Files.readAllLines(receivedFile).size() == count + 1) {
            return;
        }
        deleteTree(inputs);
        List<String> received = new ArrayList<>(List.of("file\treceived_at"));
        for (int i = 0; i < count; i++) {
            int year = 2015 + i / 12 % 20;
            int month = i % 12 + 1;
            String name = String.format("commerce/commerce_%d-%02d_%05d.xlsx", year, month, i);
            writeReturn(inputs.resolve(name), year, month, 100 + i * 0.01);
            received.add(name + "\t" + Instant.parse("2024-01-01T00:00:00Z").plusSeconds(i));
        }
        Files.write(receivedFile, received);
    }

    private static int runInFreshJvm(List<String> jvmOptions, Path inputs, Path data, Path log)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "cn.jingan.planwatch.PlanwatchApplication",
                "run", "--copy-from", inputs.toString(), "--data-dir", data.toString()));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        return process.waitFor();
    }

    /** Each step of the last job execution and how long it took, from the job repository. */
    private static Map<String, Duration> stepDurations(Path data) throws Exception {
        Map<String, Duration> steps = new LinkedHashMap<>();
        String url = "jdbc:h2:file:" + data.toAbsolutePath().resolve(".planwatch/jobs") + ";IFEXISTS=TRUE";
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(STEPS_SQL)) {
            while (rows.next()) {
                Timestamp started = rows.getTimestamp(2);
                Timestamp ended = rows.getTimestamp(3);
                steps.put(rows.getString(1), Duration.between(started.toInstant(), ended.toInstant()));
            }
        }
        return steps;
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException notLinux) {
            return "unknown";
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path path : walk.sorted((a, b) -> b.compareTo(a)).toList()) {
                Files.delete(path);
            }
        }
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
