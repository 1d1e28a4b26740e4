package cn.jingan.planwatch.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The terminal progress bar. */
class ProgressBarTest {

    @Test
    void drawsTheShareDoneOnOneRewrittenLine() {
        // given
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ProgressBar bar = ProgressBar.drawingOn(new PrintStream(bytes, true, StandardCharsets.UTF_8), "files", 10);

        // when
        bar.advance(3);
        bar.advance(2);
        bar.finish();

        // then
        assertThat(bar.line()).isEqualTo("[" + "#".repeat(15) + "-".repeat(15) + "] 5/10 files");
        assertThat(bytes.toString(StandardCharsets.UTF_8)).startsWith("\r[#########---------------------] 3/10 files\r")
                .endsWith("5/10 files" + System.lineSeparator());
    }

    @Test
    void aCompletedStepFillsTheBarAndMoreItemsThanExpectedRaiseTheTotal() {
        // given
        ProgressBar tasklet = ProgressBar.drawingOn(new PrintStream(new ByteArrayOutputStream()), "steps", 1);
        ProgressBar growing = ProgressBar.drawingOn(new PrintStream(new ByteArrayOutputStream()), "files", 2);

        // when
        tasklet.complete();
        growing.advance(3);

        // then
        assertThat(tasklet.line()).isEqualTo("[" + "#".repeat(30) + "] 1/1 steps");
        assertThat(growing.line()).endsWith("] 3/3 files");
    }
}
