package cn.jingan.planwatch.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Writes the dashboard page atomically: a browser opening it sees the old page or the new one, never half. */
public final class Dashboard {
    private Dashboard() {}

    /** Replaces {@code file} with the page. */
    public static void write(Path file, String page) throws IOException {
        AtomicFile.write(file, out -> out.write(page.getBytes(StandardCharsets.UTF_8)));
    }
}
