package cn.jingan.planwatch.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * How long the small commands take, whole process, for two or more builds of the jar side by side: {@code run} with
 * nothing new, {@code status}, {@code report} and {@code validate} of one file, each build on a data directory of
 * its own made from {@code sample-inputs/}. Rounds interleave the builds command by command; it prints each
 * measurement (wall and CPU seconds, user + system, from bash's {@code time}) and the medians.
 *
 * <pre>java -cp target/test-classes cn.jingan.planwatch.benchmark.CommandStartupBenchmark 5 /var/tmp/startup \
 *     before=/path/to/old/planwatch.jar after=target/planwatch.jar</pre>
 */
public final class CommandStartupBenchmark {

    private CommandStartupBenchmark() {}

    public static void main(String[] args) throws Exception {
        int rounds = Integer.parseInt(args[0]);
        Path work = Path.of(args[1]);
        Map<String, Path> jars = new LinkedHashMap<>();
        for (int i = 2; i < args.length; i++) {
            String[] named = args[i].split("=", 2);
            jars.put(named[0], Path.of(named[1]).toAbsolutePath());
        }
        Path validated;
        try (Stream<Path> files = Files.list(Path.of("sample-inputs", "drc"))) {
            validated = files.filter(f -> f.toString().endsWith(".xlsx")).sorted().findFirst().orElseThrow();
        }
        for (Map.Entry<String, Path> jar : jars.entrySet()) {
            Path data = work.resolve("data-" + jar.getKey());
            time(jar.getValue(), "rm -rf '" + data + "' && ", "run --copy-from sample-inputs --data-dir " + data);
        }
        Map<String, String> commands = new LinkedHashMap<>();
        commands.put("run with nothing new", "run --data-dir %s");
        commands.put("status", "status --data-dir %s");
        commands.put("report", "report --data-dir %s");
        commands.put("validate of one file", "validate " + validated);
        Map<String, List<double[]>> results = new LinkedHashMap<>();
        for (int round = 1; round <= rounds; round++) {
            for (Map.Entry<String, String> command : commands.entrySet()) {
                for (Map.Entry<String, Path> jar : jars.entrySet()) {
                    double[] seconds = time(jar.getValue(), "",
                            command.getValue().formatted(work.resolve("data-" + jar.getKey())));
                    results.computeIfAbsent(command.getKey() + " | " + jar.getKey(), k -> new ArrayList<>()).add(seconds);
                    System.out.printf("round %d  %-22s %-8s wall %6.2f s  cpu %6.2f s%n", round, command.getKey(),
                            jar.getKey(), seconds[0], seconds[1]);
                }
            }
        }
        System.out.printf("load average %s", Files.readString(Path.of("/proc/loadavg")));
        results.forEach((name, runs) -> System.out.printf("%-34s wall median %6.2f s (%.2f–%.2f)  cpu median %6.2f s%n",
                name, median(runs, 0), runs.stream().mapToDouble(r -> r[0]).min().orElse(0),
                runs.stream().mapToDouble(r -> r[0]).max().orElse(0), median(runs, 1)));
    }

    /** Wall and CPU (user + system) seconds of {@code java -jar jar arguments}, measured by bash's time. */
    private static double[] time(Path jar, String before, String arguments) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("bash", "-c", before + "TIMEFORMAT='%R %U %S'; time java -jar " + jar
                + " " + arguments + " > /dev/null 2>&1").redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String[] times = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8).strip()
                .lines().reduce((first, last) -> last).orElseThrow().split(" ");
        process.waitFor();
        return new double[] {Double.parseDouble(times[0]), Double.parseDouble(times[1]) + Double.parseDouble(times[2])};
    }

    private static double median(List<double[]> runs, int index) {
        List<Double> sorted = runs.stream().map(r -> r[index]).sorted().toList();
        return sorted.get((sorted.size() - 1) / 2);
    }
}
