package org.politiqueville.spreadsheet;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.politiqueville.core.exchange.MappingOptions;
import org.politiqueville.core.exchange.RecordKind;
import org.politiqueville.core.exchange.UnreadableInputException;
import org.politiqueville.core.spi.FormatAdapter;
import org.politiqueville.core.spi.ReadOptions;
import org.politiqueville.core.spi.RecordReader;
import org.politiqueville.core.spi.RecordWriter;
import org.politiqueville.core.spi.WriteOptions;
import org.politiqueville.core.validation.InvalidValueException;

/**
 * A workbook format for {@link org.politiqueville.core.spi.FormatRegistry}: the formats are
 * {@link XlsxFormatAdapter} ({@code xlsx}), {@link XlsFormatAdapter} ({@code xls}, read only) and
 * {@link OdsFormatAdapter} ({@code ods}), each reading with {@link SpreadsheetImporter} and writing
 * with {@link SpreadsheetExporter}, for every tabular {@link RecordKind}.
 *
 * <p>Read settings ({@link ReadOptions#properties()}): {@code sheet} (a sheet's name),
 * {@code sheetIndex} (a sheet's position, from 1), {@code headerRow} (the header's row number, as
 * the spreadsheet shows it; detected by default), {@code hiddenRows} ({@code read}, the default, or
 * {@code skip}). Write settings ({@link WriteOptions#properties()}): {@code sheet} (the sheet's
 * name; the kind's id by default). Other settings are ignored. Rows are written as they come, to a
 * temporary file moved to the target on {@link org.politiqueville.core.spi.RecordSink#commit()}.
 * Stateless and thread-safe.
 */
public abstract sealed class SpreadsheetFormatAdapter implements FormatAdapter
        permits XlsxFormatAdapter, XlsFormatAdapter, OdsFormatAdapter {

    private static final Set<RecordKind> TABULAR = Set.copyOf(EnumSet.complementOf(EnumSet.of(RecordKind.CONTRACT)));

    private final SpreadsheetFormat format;

    SpreadsheetFormatAdapter(SpreadsheetFormat format) {
        this.format = format;
    }

    /**
     * The workbook format.
     *
     * @return the format, not null
     */
    public SpreadsheetFormat format() {
        return format;
    }

    @Override
    public String name() {
        return format.extension();
    }

    @Override
    public Set<String> fileExtensions() {
        return Set.of(format.extension());
    }

    @Override
    public Set<String> mediaTypes() {
        return Set.of(format.mediaType());
    }

    /**
     * Whether the first bytes are a workbook of this format, as {@link SpreadsheetFormat#sniff(byte[])} tells.
     *
     * @param head the first bytes, not null
     * @return true if they probably are
     */
    @Override
    public boolean sniff(byte[] head) {
        return format.sniff(head);
    }

    @Override
    public Set<RecordKind> readableKinds() {
        return TABULAR;
    }

    @Override
    public Set<RecordKind> writableKinds() {
        return format.isWritable() ? TABULAR : Set.of();
    }

    /**
     * A reader with the given options.
     *
     * @param options the options, not null; the kind, if given, must be tabular
     * @return the reader, not null
     * @throws UnsupportedOperationException for {@link RecordKind#CONTRACT}
     * @throws IllegalArgumentException      if a setting is not understood
     */
    @Override
    public RecordReader reader(ReadOptions options) {
        Objects.requireNonNull(options, "options");
        if (options.kind() != null && !options.kind().isTabular()) {
            throw new UnsupportedOperationException("a workbook cannot hold " + options.kind().id() + ": use JSON");
        }
        SpreadsheetImporter.Builder builder = SpreadsheetImporter.builder().kind(options.kind())
                .referential(options.referential())
                .options(MappingOptions.builder().strict(options.strict()).build());
        options.property("sheet").ifPresent(builder::sheet);
        options.property("sheetIndex").ifPresent(text -> builder.sheetIndex(positive("sheetIndex", text)));
        options.property("headerRow").ifPresent(text -> builder.headerRow(positive("headerRow", text)));
        builder.skipHiddenRows(switch (options.property("hiddenRows").orElse("read").strip().toLowerCase(Locale.ROOT)) {
            case "read" -> false;
            case "skip" -> true;
            default -> throw new IllegalArgumentException("hiddenRows is read or skip, not '"
                    + options.property("hiddenRows").orElse("") + "'");
        });
        return (input, source, accepted) -> {
            SpreadsheetImporter importer = builder.source(source).build();
            try {
                return importer.read(new KeepOpen(input), format, Object.class, accepted);
            } catch (InvalidValueException e) {
                throw new UnreadableInputException(e.toProblem("").at(
                        org.politiqueville.core.validation.Location.ofLine(source, 0)), e);
            }
        };
    }

    private static int positive(String key, String text) {
        try {
            int value = Integer.parseInt(text.strip());
            if (value > 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " is a number from 1, not '" + text + "'", e);
        }
        throw new IllegalArgumentException(key + " is a number from 1, not '" + text + "'");
    }

    /**
     * A writer with the given options.
     *
     * @param options the options, not null
     * @return the writer, not null; it throws {@link UnsupportedOperationException} for a format
     *         this module does not write ({@code xls}) or for {@link RecordKind#CONTRACT}
     */
    @Override
    public RecordWriter writer(WriteOptions options) {
        Objects.requireNonNull(options, "options");
        return (target, kind) -> {
            Objects.requireNonNull(target, "target");
            if (!format.isWritable()) {
                throw new UnsupportedOperationException(format.extension() + " is read only: write xlsx or ods");
            }
            if (!kind.isTabular()) {
                throw new UnsupportedOperationException("a workbook cannot hold " + kind.id() + ": use JSON");
            }
            return SpreadsheetExporter.builder().format(format).sheetName(options.property("sheet").orElse(null))
                    .referential(options.referential()).build().open(target, kind);
        };
    }

    @Override
    public String toString() {
        return name();
    }

    /** The caller's stream, which reading must not close. */
    private static final class KeepOpen extends FilterInputStream {

        KeepOpen(InputStream in) {
            super(in);
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            return in.read(buffer, offset, length);
        }

        @Override
        public void close() {
            // The reader's contract leaves the stream open.
        }
    }
}
