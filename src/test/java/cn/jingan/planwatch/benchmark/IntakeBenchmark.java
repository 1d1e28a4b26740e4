package cn.jingan.planwatch.benchmark;

import cn.jingan.planwatch.cli.PlanwatchCommand;
import cn.jingan.planwatch.cli.ServeLikeRuns;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Returns per second through the intake job:
 * {@code java ... IntakeBenchmark [count] [workdir] [--warm] [--runs=N] [jvm options...]}.
 * Writes {@code count} (default 2,000) small distinct returns as bureaus make them (title, header block, table of
 * one row; the plan's years 2020–2025) once into {@code workdir/inputs-<count>}, then runs {@code planwatch run}
 * over them in a fresh JVM, {@code N} times (default 1), each on a new data directory, and prints per run the
 * ingest step's time (its start and end in the job repository), the whole job's (every step, warehouse publish
 * included) and the whole command's (JVM start and Spring context too).
 *
 * <p>{@code --warm} measures a long-lived process instead, as under {@code planwatch serve}: one JVM and one
 * application context run the intake job over {@code count} other returns, then over the measured ones, and the
 * second run is reported.
 *
 * <p>Not a test: figures vary with the machine and its load; the README gives the ones measured. The data
 * directories ({@code workdir/data-*}) are kept: on ext4, creating files is several times slower for up to five
 * minutes after many were deleted nearby, so delete them when done, not between measurements.
 */
public final class IntakeBenchmark {

    private static final String STEPS_SQL = """
            SELECT s.STEP_NAME, s.START_TIME, s.END_TIME
            FROM BATCH_STEP_EXECUTION s
            WHERE s.JOB_EXECUTION_ID = (SELECT MAX(JOB_EXECUTION_ID) FROM BATCH_JOB_EXECUTION)
            ORDER BY s.STEP_EXECUTION_ID""";
    private static final String INGEST_STEP = "ingestReturns";

    private IntakeBenchmark() {}

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 2_000;
        Path work = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("planwatch-bench");
        boolean warm = false;
        int runs = 1;
        List<String> jvmOptions = new ArrayList<>();
        for (int i = 2; i < args.length; i++) {
            if (args[i].equals("--warm")) {
                warm = true;
            } else if (args[i].startsWith("--runs=")) {
                runs = Integer.parseInt(args[i].substring("--runs=".length()));
            } else {
                jvmOptions.add(args[i]);
            }
        }
        Path inputs = writeInputsUnlessPresent(work.resolve("inputs-" + count), 0, count);
        Path warmup = warm ? writeInputsUnlessPresent(work.resolve("warmup-" + count), count, count) : null;
        System.out.printf("%d returns, %s JVM, %d cores, load average %s%n", count, warm ? "warm" : "fresh",
                Runtime.getRuntime().availableProcessors(), loadAverage());
        List<Double> rates = new ArrayList<>();
        for (int run = 1; run <= runs; run++) {
            flushWrites();
            rates.add(measure(run, count, jvmOptions, warmup, inputs,
                    work.resolve("data-" + System.currentTimeMillis())));
        }
        System.out.printf("ingest step, median of %d: %.0f returns/s%n", runs,
                rates.stream().sorted().toList().get((runs - 1) / 2));
    }

    /** Lets the disk take what earlier runs wrote, so that its write-back does not land in this run. */
    private static void flushWrites() throws IOException, InterruptedException {
        new ProcessBuilder("sync").inheritIO().start().waitFor();
    }

    /** @return the ingest step's returns per second */
    private static double measure(int run, int count, List<String> jvmOptions, Path warmup, Path inputs, Path data)
            throws Exception {
        long start = System.nanoTime();
        int exit = runInJvm(jvmOptions, warmup, inputs, data);
        double whole = (System.nanoTime() - start) / 1e9;
        Map<String, Duration> steps = stepDurations(data);
        double ingest = seconds(steps.getOrDefault(INGEST_STEP, Duration.ZERO));
        double job = steps.values().stream().mapToDouble(IntakeBenchmark::seconds).sum();
        String accepted = Files.readAllLines(data.resolve("run.log")).stream()
                .filter(line -> line.startsWith("Files:")).reduce((first, last) -> last).orElse("(no report)");
        System.out.printf("run %d (exit %d, %s) %s%n", run, exit, data, accepted);
        System.out.printf("  ingest step %6.2f s %6.0f returns/s | job %6.2f s %6.0f/s", ingest, count / ingest,
                job, count / job);
        if (warmup == null) {
            System.out.printf(" | whole command %6.2f s %6.0f/s", whole, count / whole);
        }
        System.out.println();
        return count / ingest;
    }

    private static int runInJvm(List<String> jvmOptions, Path warmup, Path inputs, Path data)
            throws IOException, InterruptedException {
        Files.createDirectories(data);
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path")));
        if (warmup == null) {
            command.addAll(List.of(PlanwatchCommand.class.getName(), "run", "--copy-from", inputs.toString(),
                    "--data-dir", data.toString()));
        } else {
            command.addAll(List.of(ServeLikeRuns.class.getName(), data.toString(), warmup.toString(),
                    inputs.toString()));
        }
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(data.resolve("run.log").toFile()).start();
        return process.waitFor();
    }

    private static Path writeInputsUnlessPresent(Path inputs, int first, int count) throws IOException {
        Path receivedFile = inputs.resolve("received.tsv");
        if (Files.exists(receivedFile) && Files.readAllLines(receivedFile).size() == count + 1) {
            return inputs;
        }
        deleteTree(inputs);
        List<String> received = new ArrayList<>(List.of("file\treceived_at"));
        for (int i = first; i < first + count; i++) {
            int year = 2020 + i / 12 % 6;
            int month = i % 12 + 1;
            String name = String.format("commerce/commerce_%d-%02d_%05d.xlsx", year, month, i);
            writeReturn(inputs.resolve(name), year, month, 100 + i * 0.01);
            received.add(name + "\t" + Instant.parse("2024-01-01T00:00:00Z").plusSeconds(i));
        }
        Files.write(receivedFile, received);
        return inputs;
    }

    /** Each step of the last job execution and how long it took, from the job repository. */
    private static Map<String, Duration> stepDurations(Path data) throws Exception {
        Map<String, Duration> steps = new LinkedHashMap<>();
        String url = "jdbc:h2:file:" + data.toAbsolutePath().resolve(".planwatch/jobs") + ";IFEXISTS=TRUE";
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(STEPS_SQL)) {
            while (rows.next()) {
                steps.put(rows.getString(1), Duration.between(rows.getTimestamp(2).toInstant(),
                        rows.getTimestamp(3).toInstant()));
            }
        }
        return steps;
    }

    private static double seconds(Duration duration) {
        return duration.toNanos() / 1e9;
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
