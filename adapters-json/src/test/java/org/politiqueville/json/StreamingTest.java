package org.politiqueville.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.politiqueville.core.exchange.ImportReport;
import org.politiqueville.core.indicator.Observation;

/** Large inputs are read element by element. */
class StreamingTest {

    private static final int COUNT = 200_000;

    /** JSON Lines of observations, made as they are read: the whole file never exists in memory. */
    private static final class GeneratedLines extends InputStream {

        private final long count;
        private final boolean asArray;
        private long next;
        private byte[] current = new byte[0];
        private int position;
        private long produced;
        private boolean closed;

        GeneratedLines(long count, boolean asArray) {
            this.count = count;
            this.asArray = asArray;
            this.current = asArray ? "[\n".getBytes(StandardCharsets.UTF_8) : new byte[0];
        }

        @Override
        public int read() throws IOException {
            if (position == current.length && !advance()) {
                return -1;
            }
            produced++;
            return current[position++] & 0xFF;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (position == current.length && !advance()) {
                return -1;
            }
            int n = Math.min(length, current.length - position);
            System.arraycopy(current, position, buffer, offset, n);
            position += n;
            produced += n;
            return n;
        }

        private boolean advance() {
            if (closed) {
                return false;
            }
            if (next == count) {
                closed = true;
                current = (asArray ? "]\n" : "").getBytes(StandardCharsets.UTF_8);
                position = 0;
                return current.length > 0;
            }
            String separator = asArray && next < count - 1 ? "," : "";
            // Every thousandth observation has a bad period, to be rejected without stopping the read.
            String period = next % 1000 == 999 ? "20x1" : "2021";
            current = ("{\"indicator\":\"DISP_MED\",\"territory\":\"quarter:q" + next + "\",\"period\":\"" + period
                    + "\",\"value\":" + (10_000 + next) + ".5}" + separator + "\n").getBytes(StandardCharsets.UTF_8);
            position = 0;
            next++;
            return true;
        }
    }

    @Test
    void jsonLinesAreReadOneByOne() {
        GeneratedLines input = new GeneratedLines(COUNT, false);
        AtomicLong accepted = new AtomicLong();
        AtomicLong producedAtFirst = new AtomicLong(-1);

        ImportReport report = PolitiqueVilleJson.pretty().stream(JsonKind.OBSERVATIONS, input, JsonLayout.LINES,
                JsonReadOptions.defaults(), (Observation observation) -> {
                    producedAtFirst.compareAndSet(-1, input.produced);
                    accepted.incrementAndGet();
                });

        assertThat(report.read()).isEqualTo(COUNT);
        assertThat(report.rejected()).isEqualTo(COUNT / 1000);
        assertThat(report.accepted()).isEqualTo(accepted.get()).isEqualTo(COUNT - COUNT / 1000);
        assertThat(producedAtFirst.get()).as("bytes produced when the first record arrived")
                .isLessThan(input.produced / 100);
    }

    @Test
    void largeArraysAreReadOneByOne() {
        GeneratedLines input = new GeneratedLines(COUNT, true);
        AtomicLong producedAtFirst = new AtomicLong(-1);

        ImportReport report = PolitiqueVilleJson.pretty().stream(JsonKind.OBSERVATIONS, input, JsonLayout.ARRAY,
                JsonReadOptions.defaults(), observation -> producedAtFirst.compareAndSet(-1, input.produced));

        assertThat(report.read()).isEqualTo(report.accepted() + report.rejected()).isEqualTo(COUNT);
        assertThat(report.problems().errors()).hasSize(COUNT / 1000)
                .allSatisfy(problem -> assertThat(problem.location().pointer()).endsWith("/period"));
        assertThat(producedAtFirst.get()).isLessThan(input.produced / 100);
    }
}
