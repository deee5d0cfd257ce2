package org.politiqueville.examples.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ProgressTest {

    @Test
    void showsRecordsAndShareOfBytesThenErasesItself() throws IOException {
        StringWriter err = new StringWriter();
        Progress progress = new Progress(new PrintWriter(err), true, Texts.of(Locale.ENGLISH), 0);

        try (InputStream in = progress.start("big.csv", 10, new ByteArrayInputStream(new byte[10]))) {
            in.readNBytes(5);
            progress.record();
            progress.record();
        }
        progress.done();

        assertThat(err.toString()).contains("\rReading big.csv: 2 records (50 %)").endsWith("\r");
    }

    @Test
    void staysQuietWhenStderrIsNotATerminal() throws IOException {
        StringWriter err = new StringWriter();
        Progress progress = Progress.silent(new PrintWriter(err), Texts.of(Locale.FRENCH));

        try (InputStream in = progress.start("big.csv", 10, new ByteArrayInputStream(new byte[10]))) {
            in.readAllBytes();
            for (int i = 0; i < 1000; i++) {
                progress.record();
            }
        }
        progress.done();

        assertThat(err.toString()).isEmpty();
    }
}
