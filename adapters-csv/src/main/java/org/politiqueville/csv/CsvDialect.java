package org.politiqueville.csv;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

import org.politiqueville.core.validation.InvalidValueException;
import org.politiqueville.core.validation.ProblemCode;

/**
 * How a CSV file is laid out: its bytes (charset, byte order mark, line separator), its syntax
 * (delimiter, quote) and the conventions of its values (decimal separator, date pattern), plus
 * whether written cells are protected against formula injection.
 *
 * <p>Two presets cover the usual targets: {@link #OPEN_DATA} for data portals such as
 * data.gouv.fr and {@link #EXCEL_FR} for Excel in a French locale. Anything else is built with
 * {@link #builder()} or derived from a preset or a detected dialect with {@link #toBuilder()}.
 * {@link #toString()} reads as a one-line report ("detected dialect: …").
 *
 * <p>The decimal separator and the date pattern are not used by the byte layer itself: they travel
 * with the dialect for the code that parses and formats values.
 *
 * @param delimiter         the field separator, not CR, LF nor the quote
 * @param quote             the quote character, not CR, LF nor the delimiter
 * @param charset           the text encoding, not null
 * @param byteOrderMark     whether the file starts (or is to start) with a byte order mark
 * @param lineSeparator     the record separator written, and detected when reading, not null
 * @param decimalSeparator  the decimal separator of numbers, {@code '.'} or {@code ','}
 * @param datePattern       the {@link DateTimeFormatter} pattern of full dates, such as
 *                          {@code yyyy-MM-dd}, not null
 * @param header            whether the first record is a header row
 * @param formulaProtection whether written text cells that a spreadsheet would run as a formula
 *                          get a leading apostrophe (see {@link CsvTableWriter}), which
 *                          {@link CsvImporter} removes when reading
 */
public record CsvDialect(char delimiter, char quote, Charset charset, boolean byteOrderMark,
                         LineSeparator lineSeparator, char decimalSeparator, String datePattern,
                         boolean header, boolean formulaProtection) {

    /**
     * The open-data convention (data.gouv.fr, schema.data.gouv.fr): UTF-8 without byte order mark,
     * comma, double quote, LF, decimal point, ISO dates ({@code yyyy-MM-dd}), a header row, and raw
     * values (no formula protection: portals want the data as it is).
     */
    public static final CsvDialect OPEN_DATA = builder().build();

    /**
     * What Excel in a French locale reads and writes: UTF-8 with a byte order mark (so that Excel
     * does not take it for Windows-1252), semicolon, double quote, CRLF, decimal comma,
     * {@code dd/MM/yyyy} dates, a header row, and formula protection on.
     */
    public static final CsvDialect EXCEL_FR = builder()
            .delimiter(';')
            .byteOrderMark(true)
            .lineSeparator(LineSeparator.CRLF)
            .decimalSeparator(',')
            .datePattern("dd/MM/yyyy")
            .formulaProtection(true)
            .build();

    /**
     * Checks the components.
     *
     * @param delimiter the field separator, not CR, LF nor the quote
     * @param quote the quote character, not CR, LF nor the delimiter
     * @param charset the text encoding, not null
     * @param byteOrderMark whether the file starts (or is to start) with a byte order mark
     * @param lineSeparator the record separator written, and detected when reading, not null
     * @param decimalSeparator the decimal separator of numbers, {@code '.'} or {@code ','}
     * @param datePattern the {@link DateTimeFormatter} pattern of full dates, such as {@code yyyy-MM-dd}, not null
     * @param header whether the first record is a header row
     * @param formulaProtection whether written text cells that a spreadsheet would run as a formula get a leading apostrophe (see {@link CsvTableWriter})
     * @throws NullPointerException  if {@code charset}, {@code lineSeparator} or {@code datePattern}
     *                               is null
     * @throws InvalidValueException ({@link ProblemCode#CONSTRAINT_VIOLATED}) if the delimiter or the
     *                               quote is CR or LF, if they are equal, if the decimal separator
     *                               is neither {@code '.'} nor {@code ','}, or if the date pattern is
     *                               not a valid {@link DateTimeFormatter} pattern
     */
    public CsvDialect {
        Objects.requireNonNull(charset, "charset");
        Objects.requireNonNull(lineSeparator, "lineSeparator");
        Objects.requireNonNull(datePattern, "datePattern");
        if (isLineBreak(delimiter) || isLineBreak(quote) || delimiter == quote) {
            throw new InvalidValueException(ProblemCode.CONSTRAINT_VIOLATED, delimiter + " " + quote,
                    "the delimiter and the quote must differ and must not be CR or LF");
        }
        if (decimalSeparator != '.' && decimalSeparator != ',') {
            throw new InvalidValueException(ProblemCode.CONSTRAINT_VIOLATED, String.valueOf(decimalSeparator),
                    "the decimal separator must be '.' or ','");
        }
        try {
            DateTimeFormatter.ofPattern(datePattern);
        } catch (IllegalArgumentException e) {
            throw new InvalidValueException(ProblemCode.CONSTRAINT_VIOLATED, datePattern,
                    "not a date pattern: " + e.getMessage());
        }
    }

    private static boolean isLineBreak(char c) {
        return c == '\r' || c == '\n';
    }

    /**
     * A builder that starts from {@link #OPEN_DATA}'s settings.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder that starts from this dialect, to override part of a preset or of a detected
     * dialect.
     *
     * @return a new builder, not null
     */
    public Builder toBuilder() {
        return new Builder()
                .delimiter(delimiter)
                .quote(quote)
                .charset(charset)
                .byteOrderMark(byteOrderMark)
                .lineSeparator(lineSeparator)
                .decimalSeparator(decimalSeparator)
                .datePattern(datePattern)
                .header(header)
                .formulaProtection(formulaProtection);
    }

    /**
     * A formatter for this dialect's date pattern.
     *
     * @return the formatter, not null
     */
    public DateTimeFormatter dateFormatter() {
        return DateTimeFormatter.ofPattern(datePattern);
    }

    /**
     * The dialect as a one-line report, such as
     * {@code windows-1252, no BOM, delimiter ';', quote '"', CRLF, decimal ',', dates dd/MM/yyyy,
     * header, formula protection}.
     *
     * @return the description, not null
     */
    @Override
    public String toString() {
        return charset.name()
                + (byteOrderMark ? " with BOM" : ", no BOM")
                + ", delimiter " + describe(delimiter)
                + ", quote " + describe(quote)
                + ", " + lineSeparator
                + ", decimal '" + decimalSeparator + "'"
                + ", dates " + datePattern
                + (header ? ", header" : ", no header")
                + (formulaProtection ? ", formula protection" : "");
    }

    private static String describe(char c) {
        return c == '\t' ? "tab" : "'" + c + "'";
    }

    /** Builds a {@link CsvDialect}; every setting starts at its {@link #OPEN_DATA} value. */
    public static final class Builder {

        private char delimiter = ',';
        private char quote = '"';
        private Charset charset = StandardCharsets.UTF_8;
        private boolean byteOrderMark;
        private LineSeparator lineSeparator = LineSeparator.LF;
        private char decimalSeparator = '.';
        private String datePattern = "yyyy-MM-dd";
        private boolean header = true;
        private boolean formulaProtection;

        private Builder() {
        }

        /**
         * Sets the field separator.
         *
         * @param value the delimiter, such as {@code ';'}
         * @return this builder
         */
        public Builder delimiter(char value) {
            this.delimiter = value;
            return this;
        }

        /**
         * Sets the quote character.
         *
         * @param value the quote, usually {@code '"'}
         * @return this builder
         */
        public Builder quote(char value) {
            this.quote = value;
            return this;
        }

        /**
         * Sets the text encoding.
         *
         * @param value the charset, not null
         * @return this builder
         */
        public Builder charset(Charset value) {
            this.charset = Objects.requireNonNull(value, "charset");
            return this;
        }

        /**
         * Sets whether the file starts with a byte order mark.
         *
         * @param value true for a byte order mark
         * @return this builder
         */
        public Builder byteOrderMark(boolean value) {
            this.byteOrderMark = value;
            return this;
        }

        /**
         * Sets the record separator.
         *
         * @param value the line separator, not null
         * @return this builder
         */
        public Builder lineSeparator(LineSeparator value) {
            this.lineSeparator = Objects.requireNonNull(value, "lineSeparator");
            return this;
        }

        /**
         * Sets the decimal separator of numbers.
         *
         * @param value {@code '.'} or {@code ','}
         * @return this builder
         */
        public Builder decimalSeparator(char value) {
            this.decimalSeparator = value;
            return this;
        }

        /**
         * Sets the pattern of full dates.
         *
         * @param value a {@link DateTimeFormatter} pattern, not null
         * @return this builder
         */
        public Builder datePattern(String value) {
            this.datePattern = Objects.requireNonNull(value, "datePattern");
            return this;
        }

        /**
         * Sets whether the first record is a header row.
         *
         * @param value true if there is a header row
         * @return this builder
         */
        public Builder header(boolean value) {
            this.header = value;
            return this;
        }

        /**
         * Sets whether written cells are protected against formula injection.
         *
         * @param value true to protect them
         * @return this builder
         */
        public Builder formulaProtection(boolean value) {
            this.formulaProtection = value;
            return this;
        }

        /**
         * Builds the dialect.
         *
         * @return the dialect, not null
         * @throws InvalidValueException as the {@link CsvDialect} constructor
         */
        public CsvDialect build() {
            return new CsvDialect(delimiter, quote, charset, byteOrderMark, lineSeparator, decimalSeparator,
                    datePattern, header, formulaProtection);
        }
    }
}
