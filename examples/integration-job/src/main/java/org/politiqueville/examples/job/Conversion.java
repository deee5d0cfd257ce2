package org.politiqueville.examples.job;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.politiqueville.core.exchange.ImportReport;
import org.politiqueville.core.exchange.RecordKind;
import org.politiqueville.core.spi.FormatAdapter;
import org.politiqueville.core.spi.ReadOptions;
import org.politiqueville.core.spi.RecordSink;
import org.politiqueville.core.spi.WriteOptions;

/**
 * Reads one input once and streams its accepted records to any number of outputs. Each output is
 * opened on the first record (whose class tells the kind when the reader inferred it) and committed
 * only after the whole input was read: if reading stops on a malformed input, no output appears.
 */
final class Conversion {

    /** Where to write, in which format, with which options. */
    record Target(Path file, FormatAdapter adapter, WriteOptions options) {

        Target {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(adapter, "adapter");
            Objects.requireNonNull(options, "options");
        }
    }

    private final FormatAdapter readerAdapter;
    private final ReadOptions readOptions;
    private final List<Target> targets;
    private final Texts texts;

    Conversion(FormatAdapter readerAdapter, ReadOptions readOptions, List<Target> targets, Texts texts) {
        this.readerAdapter = readerAdapter;
        this.readOptions = readOptions;
        this.targets = List.copyOf(targets);
        this.texts = texts;
    }

    /**
     * Reads the input and writes every output.
     *
     * @param input    the file to read
     * @param source   the input's name in problem locations
     * @param progress the display to update per record
     * @return the report of the reading
     * @throws org.politiqueville.core.exchange.UnreadableInputException if the input is malformed
     *         (no output is written)
     * @throws JobException if an output cannot hold the records' kind (no output is written)
     * @throws IOException if reading or writing fails (no output is written by this run)
     */
    ImportReport run(Path input, String source, Progress progress) throws IOException {
        List<Output> outputs = targets.stream().map(Output::new).toList();
        try {
            ImportReport report;
            try (InputStream in = progress.start(source, Files.size(input), Files.newInputStream(input))) {
                report = readerAdapter.reader(readOptions).read(in, source, record -> {
                    progress.record();
                    for (Output output : outputs) {
                        output.accept(record);
                    }
                });
            } catch (UncheckedIOException e) {
                throw e.getCause();
            } finally {
                progress.done();
            }
            for (Output output : outputs) {
                output.open(report.kind());
                output.sink.commit();
            }
            return report;
        } finally {
            List<IOException> failures = new ArrayList<>();
            for (Output output : outputs) {
                try {
                    output.close();
                } catch (IOException e) {
                    failures.add(e);
                }
            }
            if (!failures.isEmpty()) {
                throw failures.get(0);
            }
        }
    }

    /** One output, opened lazily. */
    private final class Output {

        private final Target target;
        private RecordSink sink;

        Output(Target target) {
            this.target = target;
        }

        void accept(Object record) {
            RecordKind kind = RecordKinds.of(record)
                    .orElseThrow(() -> new IllegalStateException("a reader handed over a " + record.getClass()));
            try {
                open(kind);
                sink.accept(record);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        void open(RecordKind kind) throws IOException {
            if (sink != null) {
                return;
            }
            if (!target.adapter().writableKinds().contains(kind)) {
                throw new JobException(texts.get("error.cannotWrite", target.file(), target.adapter().name(),
                        kind.id(), Commands.ids(target.adapter().writableKinds())));
            }
            sink = target.adapter().writer(target.options()).open(target.file(), kind);
        }

        void close() throws IOException {
            if (sink != null) {
                sink.close();
            }
        }
    }
}
