package cn.jingan.planwatch.excel;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A workbook as it comes out of the printer: rendered to PDF by LibreOffice headless (its own profile, so runs in
 * parallel do not meet), then read with poppler's pdfinfo and pdftotext.
 */
public final class PrintedPdf {

    private PrintedPdf() {}

    /** Renders {@code workbook} to {@code <dir>/<name>.pdf}. */
    public static Path render(Path workbook, Path dir) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory(dir, "lo-profile");
        run(List.of("soffice", "-env:UserInstallation=" + profile.toUri(), "--headless", "--norestore",
                "--convert-to", "pdf", "--outdir", dir.toString(), workbook.toString()));
        String name = workbook.getFileName().toString();
        Path pdf = dir.resolve(name.substring(0, name.lastIndexOf('.')) + ".pdf");
        if (!Files.isRegularFile(pdf)) {
            throw new AssertionError("LibreOffice wrote no PDF for " + workbook);
        }
        return pdf;
    }

    /** Keeps a copy under {@code target/printed/} to look at; returns the copy. */
    public static Path keep(Path pdf, String name) throws IOException {
        Path kept = Files.createDirectories(Path.of("target", "printed")).resolve(name);
        return Files.copy(pdf, kept, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    public static int pages(Path pdf) throws IOException, InterruptedException {
        return run(List.of("pdfinfo", pdf.toString())).lines().filter(l -> l.startsWith("Pages:"))
                .map(l -> Integer.parseInt(l.substring("Pages:".length()).strip())).findFirst()
                .orElseThrow(() -> new AssertionError("pdfinfo gave no page count for " + pdf));
    }

    /** The text of one page, one-based. */
    public static String text(Path pdf, int page) throws IOException, InterruptedException {
        return run(List.of("pdftotext", "-f", Integer.toString(page), "-l", Integer.toString(page), "-layout",
                pdf.toString(), "-"));
    }

    private static String run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(180, TimeUnit.SECONDS) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new AssertionError(command.get(0) + " failed: " + new String(output, StandardCharsets.UTF_8));
        }
        return new String(output, StandardCharsets.UTF_8);
    }
}
