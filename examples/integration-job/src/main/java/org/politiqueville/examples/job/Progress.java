package org.politiqueville.examples.job;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;

/**
 * A one-line progress display on stderr while a long input is read: records read and the share of
 * the file's bytes consumed, refreshed at most a few times a second and erased at the end. Silent
 * unless enabled, which the job does only when stderr is a terminal.
 */
final class Progress {

    private static final long INTERVAL_NANOS = 250_000_000L;

    private final long intervalNanos;
    private final PrintWriter err;
    private final boolean enabled;
    private final Texts texts;
    private String label = "";
    private long size;
    private long bytes;
    private long records;
    private long lastShown;
    private boolean shown;

    Progress(PrintWriter err, boolean enabled, Texts texts) {
        this(err, enabled, texts, INTERVAL_NANOS);
    }

    Progress(PrintWriter err, boolean enabled, Texts texts, long intervalNanos) {
        this.intervalNanos = intervalNanos;
        this.err = err;
        this.enabled = enabled;
        this.texts = texts;
    }

    /** A display that never shows anything. */
    static Progress silent(PrintWriter err, Texts texts) {
        return new Progress(err, false, texts);
    }

    /** Starts counting an input of the given size, returning the stream to read it through. */
    InputStream start(String name, long inputSize, InputStream in) {
        label = name;
        size = inputSize;
        bytes = 0;
        records = 0;
        lastShown = System.nanoTime();
        if (!enabled) {
            return in;
        }
        return new FilterInputStream(in) {
            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    bytes++;
                }
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                if (n > 0) {
                    bytes += n;
                }
                return n;
            }
        };
    }

    /** Counts one record and refreshes the display if it is time. */
    void record() {
        records++;
        if (enabled && System.nanoTime() - lastShown >= intervalNanos) {
            lastShown = System.nanoTime();
            long percent = size > 0 ? Math.min(100, bytes * 100 / size) : 0;
            err.print("\r" + texts.get("progress", label, records, percent) + "   ");
            err.flush();
            shown = true;
        }
    }

    /** Erases the display. */
    void done() {
        if (shown) {
            err.print("\r" + " ".repeat(79) + "\r");
            err.flush();
            shown = false;
        }
    }
}
