package cn.jingan.planwatch.access;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs a program of this machine to its end, with input, and keeps its exit code and output. */
final class Commands {

    private static final long TIMEOUT_SECONDS = 120;

    /** What a finished program gave: exit code and its standard output and error, interleaved. */
    record Result(int exit, String output) {
        boolean succeeded() {
            return exit == 0;
        }
    }

    private Commands() {}

    static Result run(List<String> command) {
        return run(command, "");
    }

    static Result run(List<String> command, String input) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getOutputStream().write(input.getBytes(StandardCharsets.UTF_8));
            process.getOutputStream().close();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("still running after " + TIMEOUT_SECONDS + " s: " + command);
            }
            return new Result(process.exitValue(), output);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + command, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted: " + command, e);
        }
    }

    /** Runs the command and fails unless it succeeds. */
    static String must(List<String> command) {
        Result result = run(command);
        if (!result.succeeded()) {
            throw new IllegalStateException(command + " exited " + result.exit() + ":\n" + result.output());
        }
        return result.output();
    }
}
