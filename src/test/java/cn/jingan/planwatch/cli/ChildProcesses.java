package cn.jingan.planwatch.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Starts a main class of the test class path in a separate JVM, as another program on the machine would be. */
final class ChildProcesses {
    private ChildProcesses() {}

    static Process java(Class<?> main, String... args) throws IOException {
        return java(main, List.of(), args);
    }

    static Process java(Class<?> main, List<String> jvmOptions, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    }

    /** A line-by-line conversation with a {@link ReadOnlyQuery} process. */
    static final class Reader implements AutoCloseable {
        private final Process process;
        private final PrintWriter in;
        private final BufferedReader out;

        Reader(Path warehouse) throws IOException {
            process = java(ReadOnlyQuery.class, warehouse.toString());
            in = new PrintWriter(process.getOutputStream(), true, StandardCharsets.UTF_8);
            out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            String first = out.readLine();
            if (!"open".equals(first)) {
                throw new IllegalStateException("reader did not open the warehouse: " + first);
            }
        }

        String ask(String sql) throws IOException {
            in.println(sql);
            return out.readLine();
        }

        @Override
        public void close() throws Exception {
            in.close();
            process.waitFor();
        }
    }
}
