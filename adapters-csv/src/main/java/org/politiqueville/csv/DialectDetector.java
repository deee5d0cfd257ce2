package org.politiqueville.csv;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;

import org.politiqueville.core.validation.InvalidValueException;
import org.politiqueville.core.validation.ProblemCode;
import org.politiqueville.csv.internal.TextDecoding;

/**
 * Guesses the {@link CsvDialect} of a file from its bytes, without loading it in memory.
 *
 * <ol>
 * <li><b>Charset</b>: a byte order mark names it (UTF-8, UTF-16 LE, UTF-16 BE); without one, UTF-16
 * is recognised by its zero bytes (every other byte of ASCII text) in the first 4 KiB; otherwise the
 * whole file is scanned as UTF-8 in one streaming pass. A file without malformed byte is UTF-8. A
 * file with at least as many malformed bytes as valid multi-byte sequences is Windows-1252
 * (Excel's legacy export on a French Windows), read whole in that charset. A file of UTF-8
 * with some malformed bytes (its valid multi-byte sequences outnumber them), such as a Windows-1252
 * line pasted into a UTF-8 file, mixes encodings: no single charset reads it right, so detection
 * throws {@link CsvFormatException} naming the line of the first malformed byte, instead of
 * reading every accented letter of the file wrong.</li>
 * <li><b>Line separator</b>: the most frequent of CRLF, LF and CR between records (line breaks
 * inside quoted cells do not count) in the sample; ties go to CRLF, then LF. A file without line
 * break gets LF. Reading accepts all three whatever is detected.</li>
 * <li><b>Delimiter</b>: the sample's first records (100 by default) are parsed with FastCSV once per
 * candidate ({@code ;}, tab, {@code ,}, {@code |} by default). A candidate's score is the share of
 * records that have its most common field count, which must be above 1. The highest score wins;
 * a tie goes to the earlier candidate, so {@code ;} beats {@code ,} when both split every line
 * evenly: that is the signature of decimal commas in a semicolon file ({@code 12,5;13,4}). When no
 * candidate splits the lines (one column), the delimiter is {@code ;} for Windows-1252 and
 * {@code ,} otherwise.</li>
 * <li><b>Conventions</b> that follow the delimiter rather than the values: a {@code ;} file is
 * taken for a French spreadsheet export (decimal comma, {@code dd/MM/yyyy}, formula protection on,
 * as {@link CsvDialect#EXCEL_FR}); any other delimiter gets the {@link CsvDialect#OPEN_DATA}
 * conventions. A header row is assumed.</li>
 * </ol>
 *
 * <p>The sample is the first mebi-character of the text. To override part of the result, derive
 * from it: {@code detector.detect(file).toBuilder().delimiter('|').build()}.
 */
public final class DialectDetector {

    /** How many records the delimiter is chosen on, unless set otherwise. */
    public static final int DEFAULT_SAMPLE_RECORDS = 100;

    /** The candidate delimiters, in order of preference, unless set otherwise. */
    public static final String DEFAULT_DELIMITERS = ";\t,|";

    private static final int SAMPLE_CHARS = 1024 * 1024;

    /** How many leading bytes the UTF-16 guess (for files without a byte order mark) looks at. */
    private static final int UTF16_SNIFF_BYTES = 4096;

    private static final DialectDetector STANDARD = builder().build();

    private final int sampleRecords;
    private final String delimiters;
    private final char quote;

    private DialectDetector(Builder builder) {
        this.sampleRecords = builder.sampleRecords;
        this.delimiters = builder.delimiters;
        this.quote = builder.quote;
    }

    /**
     * The detector with the default settings: 100 sample records, delimiters {@code ;}, tab,
     * {@code ,}, {@code |}, double quote.
     *
     * @return the detector, not null
     */
    public static DialectDetector standard() {
        return STANDARD;
    }

    /**
     * A builder starting from the default settings.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Detects the dialect of a file; its {@link CsvDialect#toString()} is the report to show.
     *
     * @param file the file, not null
     * @return the dialect, not null
     * @throws IOException        if the file cannot be read
     * @throws CsvFormatException if the file mixes UTF-8 and another encoding (see the class comment)
     */
    public CsvDialect detect(Path file) throws IOException {
        Objects.requireNonNull(file, "file");
        return detect(file, String.valueOf(file.getFileName()));
    }

    /**
     * Detects the dialect of a file, naming it {@code source} in errors (a stream copied to a
     * temporary file keeps its own name).
     *
     * @throws CsvFormatException if the file mixes UTF-8 and another encoding
     */
    CsvDialect detect(Path file, String source) throws IOException {
        TextDecoding.Sniffed sniffed;
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(UTF16_SNIFF_BYTES);
        }
        try (InputStream in = new ByteArrayInputStream(head)) {
            sniffed = TextDecoding.sniffByteOrderMark(in);
        }
        Charset charset = sniffed.charset();
        if (charset == null) {
            charset = TextDecoding.sniffUtf16WithoutByteOrderMark(head);
        }
        if (charset == null) {
            try (InputStream in = Files.newInputStream(file)) {
                // The fast check first: most files are valid UTF-8 and need no counting.
                charset = TextDecoding.isValidUtf8(in) ? StandardCharsets.UTF_8 : null;
            }
        }
        if (charset == null) {
            TextDecoding.Utf8Scan scan;
            try (InputStream in = Files.newInputStream(file)) {
                scan = TextDecoding.scanUtf8(in);
            }
            if (scan.mixed()) {
                throw new CsvFormatException(source, scan.firstMalformedLine(), String.format(Locale.ROOT,
                        "the file is UTF-8 but byte 0x%02X on this line is not: it mixes UTF-8 with another "
                                + "encoding (such as a Windows-1252 line pasted in); save it again as UTF-8",
                        scan.firstMalformedByte()), null);
            }
            charset = scan.valid() ? StandardCharsets.UTF_8 : TextDecoding.WINDOWS_1252;
        }
        String sample;
        boolean truncated;
        try (InputStream in = Files.newInputStream(file);
             Reader reader = TextDecoding.reader(in, charset, false)) {
            sample = TextDecoding.readPrefix(reader, SAMPLE_CHARS, Files.size(file));
            truncated = reader.read() >= 0;
        }
        char delimiter = delimiter(sample, truncated, charset);
        boolean french = delimiter == ';';
        return CsvDialect.builder()
                .charset(charset)
                .byteOrderMark(sniffed.byteOrderMark())
                .delimiter(delimiter)
                .quote(quote)
                .lineSeparator(lineSeparator(sample))
                .decimalSeparator(french ? ',' : '.')
                .datePattern(french ? "dd/MM/yyyy" : "yyyy-MM-dd")
                .header(true)
                .formulaProtection(french)
                .build();
    }

    private LineSeparator lineSeparator(String sample) {
        int crlf = 0;
        int lf = 0;
        int cr = 0;
        boolean quoted = false;
        for (int i = 0; i < sample.length(); i++) {
            char c = sample.charAt(i);
            if (c == quote) {
                quoted = !quoted;
            } else if (!quoted && c == '\r') {
                if (i + 1 < sample.length() && sample.charAt(i + 1) == '\n') {
                    crlf++;
                    i++;
                } else {
                    cr++;
                }
            } else if (!quoted && c == '\n') {
                lf++;
            }
        }
        if (crlf == 0 && lf == 0 && cr == 0) {
            return LineSeparator.LF;
        }
        if (crlf >= lf && crlf >= cr) {
            return LineSeparator.CRLF;
        }
        return lf >= cr ? LineSeparator.LF : LineSeparator.CR;
    }

    private char delimiter(String sample, boolean truncated, Charset charset) {
        int best = -1;
        int bestFrequency = 0;
        for (int i = 0; i < delimiters.length(); i++) {
            int frequency = modeFrequencyAboveOne(fieldCounts(sample, delimiters.charAt(i), truncated));
            if (frequency > bestFrequency) {
                best = i;
                bestFrequency = frequency;
            }
        }
        if (best >= 0) {
            return delimiters.charAt(best);
        }
        return charset.equals(TextDecoding.WINDOWS_1252) ? ';' : ',';
    }

    /**
     * How many records have the most common field count, or 0 if that count is 1 (the candidate
     * does not split the lines). Records lost to a parse failure count as not having it, because
     * every candidate's frequency is compared over the same number of records.
     */
    private static int modeFrequencyAboveOne(List<Integer> fieldCounts) {
        Map<Integer, Integer> frequencies = new HashMap<>();
        int mode = 0;
        int modeFrequency = 0;
        for (int count : fieldCounts) {
            int frequency = frequencies.merge(count, 1, Integer::sum);
            if (frequency > modeFrequency || frequency == modeFrequency && count > mode) {
                mode = count;
                modeFrequency = frequency;
            }
        }
        return mode > 1 ? modeFrequency : 0;
    }

    private List<Integer> fieldCounts(String sample, char delimiter, boolean truncated) {
        List<Integer> counts = new ArrayList<>();
        if (delimiter == quote) {
            return counts;
        }
        // One more record than needed when truncated: the last one may be cut in the middle.
        int wanted = truncated ? sampleRecords + 1 : sampleRecords;
        try (CsvReader<CsvRecord> reader = CsvReader.builder()
                .fieldSeparator(delimiter)
                .quoteCharacter(quote)
                .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
                .missingFieldStrategy(FieldMismatchStrategy.IGNORE)
                .ofCsvRecord(sample)) {
            for (CsvRecord record : reader) {
                if (counts.size() == wanted) {
                    break;
                }
                counts.add(record.getFieldCount());
            }
        } catch (CsvParseException | IOException e) {
            // Keep the counts so far: a parse failure is evidence against this candidate.
            return truncatedCounts(counts, false);
        }
        return truncatedCounts(counts, truncated && counts.size() < wanted);
    }

    private static List<Integer> truncatedCounts(List<Integer> counts, boolean dropLast) {
        return dropLast && !counts.isEmpty() ? counts.subList(0, counts.size() - 1) : counts;
    }

    /** Builds a {@link DialectDetector}. */
    public static final class Builder {

        private int sampleRecords = DEFAULT_SAMPLE_RECORDS;
        private String delimiters = DEFAULT_DELIMITERS;
        private char quote = '"';

        private Builder() {
        }

        /**
         * Sets how many records the delimiter is chosen on.
         *
         * @param value at least 1
         * @return this builder
         * @throws InvalidValueException ({@link ProblemCode#OUT_OF_RANGE}) if {@code value} is below 1
         */
        public Builder sampleRecords(int value) {
            if (value < 1) {
                throw new InvalidValueException(ProblemCode.OUT_OF_RANGE, String.valueOf(value), "at least 1");
            }
            this.sampleRecords = value;
            return this;
        }

        /**
         * Sets the candidate delimiters, in order of preference (the first wins ties).
         *
         * @param value the candidates, such as {@code ";,"}; not empty, no CR nor LF
         * @return this builder
         * @throws InvalidValueException ({@link ProblemCode#CONSTRAINT_VIOLATED}) if {@code value} is
         *                               empty or has a line break
         */
        public Builder delimiters(String value) {
            Objects.requireNonNull(value, "delimiters");
            if (value.isEmpty() || value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0) {
                throw new InvalidValueException(ProblemCode.CONSTRAINT_VIOLATED, value,
                        "at least one delimiter and no line break");
            }
            this.delimiters = value;
            return this;
        }

        /**
         * Sets the quote character, which detection does not guess.
         *
         * @param value the quote, usually {@code '"'}; not CR nor LF
         * @return this builder
         * @throws InvalidValueException ({@link ProblemCode#CONSTRAINT_VIOLATED}) for CR or LF
         */
        public Builder quote(char value) {
            if (value == '\r' || value == '\n') {
                throw new InvalidValueException(ProblemCode.CONSTRAINT_VIOLATED, String.valueOf(value),
                        "the quote must not be a line break");
            }
            this.quote = value;
            return this;
        }

        /**
         * Builds the detector.
         *
         * @return the detector, not null
         */
        public DialectDetector build() {
            return new DialectDetector(this);
        }
    }
}
