package cn.jingan.planwatch.jobs;

import java.io.PrintStream;

/**
 * A one-line progress bar on the terminal ({@code [#####-----] 12/40 files}) for long interactive work; silent
 * when the output is not a terminal, where the structured log says what happened instead.
 */
final class ProgressBar {

    private static final int WIDTH = 30;

    private final PrintStream out;
    private final String label;
    private long total;
    private long done;

    private ProgressBar(PrintStream out, String label, long total) {
        this.out = out;
        this.label = label;
        this.total = total;
    }

    /** A bar on standard error when a terminal is attached, else one that draws nothing. */
    public static ProgressBar forTerminal(String label, long total) {
        return new ProgressBar(System.console() != null ? System.err : null, label, total);
    }

    /** A bar drawn on {@code out} whatever it is attached to. */
    public static ProgressBar drawingOn(PrintStream out, String label, long total) {
        return new ProgressBar(out, label, total);
    }

    public void advance(long steps) {
        done += steps;
        total = Math.max(total, done);
        draw();
    }

    /** Marks every step done (a step that ended well), then ends the line. */
    public void complete() {
        done = Math.max(done, total);
        finish();
    }

    public void finish() {
        if (out != null) {
            draw();
            out.println();
            out.flush();
        }
    }

    /** The line as drawn, e.g. {@code [###-------] 3/10 files}. */
    public String line() {
        int filled = total == 0 ? WIDTH : (int) (WIDTH * done / total);
        return "[" + "#".repeat(filled) + "-".repeat(WIDTH - filled) + "] " + done + "/" + total + " " + label;
    }

    private void draw() {
        if (out != null) {
            out.print("\r" + line());
            out.flush();
        }
    }
}
