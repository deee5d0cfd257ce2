package org.politiqueville.benchmarks.data;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.politiqueville.csv.CsvDialect;
import org.politiqueville.csv.LineSeparator;

/** How a generated file is written: the two dialects that integration jobs meet most. */
public enum Dialect {

    /**
     * What Excel writes on a French Windows ("CSV (séparateur : point-virgule)"): Windows-1252,
     * semicolons, CRLF, decimal commas, thousands separated by spaces, French headers, names
     * rather than codes.
     */
    FRENCH_EXCEL(Charset.forName("windows-1252"), ';', "\r\n", ','),
    /**
     * What open-data portals publish: UTF-8 without byte order mark, commas, LF, decimal points,
     * snake-case headers, codes next to names.
     */
    OPEN_DATA(StandardCharsets.UTF_8, ',', "\n", '.');

    private final Charset charset;
    private final char delimiter;
    private final String lineSeparator;
    private final char decimalSeparator;

    Dialect(Charset charset, char delimiter, String lineSeparator, char decimalSeparator) {
        this.charset = charset;
        this.delimiter = delimiter;
        this.lineSeparator = lineSeparator;
        this.decimalSeparator = decimalSeparator;
    }

    /**
     * The charset.
     *
     * @return the charset, not null
     */
    public Charset charset() {
        return charset;
    }

    /**
     * The field delimiter.
     *
     * @return {@code ;} or {@code ,}
     */
    public char delimiter() {
        return delimiter;
    }

    /**
     * The line separator.
     *
     * @return CRLF or LF
     */
    public String lineSeparator() {
        return lineSeparator;
    }

    /**
     * The decimal separator.
     *
     * @return {@code ,} or {@code .}
     */
    public char decimalSeparator() {
        return decimalSeparator;
    }

    /**
     * The same dialect as the CSV adapter describes it, for readers that are told the dialect.
     *
     * @return the dialect, not null
     */
    public CsvDialect csvDialect() {
        return CsvDialect.builder().delimiter(delimiter).charset(charset)
                .lineSeparator(this == FRENCH_EXCEL ? LineSeparator.CRLF : LineSeparator.LF)
                .decimalSeparator(decimalSeparator)
                .datePattern(this == FRENCH_EXCEL ? "dd/MM/yyyy" : "yyyy-MM-dd")
                .build();
    }
}
