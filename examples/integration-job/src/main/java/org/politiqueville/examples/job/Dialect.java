package org.politiqueville.examples.job;

import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** The presets for writing delimited text, passed to the format as the {@code dialect} setting. */
enum Dialect {
    /** UTF-8, comma, decimal point, ISO dates, LF: what open-data portals publish. */
    OPEN_DATA("open-data"),
    /** UTF-8 with a byte order mark, semicolon, decimal comma, CRLF: what French Excel opens with a double click. */
    EXCEL_FR("excel-fr");

    private final String id;

    Dialect(String id) {
        this.id = id;
    }

    /** The preset's name on the command line and in write options. */
    String id() {
        return id;
    }

    /** Reads {@code --dialect}. */
    static final class Converter implements ITypeConverter<Dialect> {

        @Override
        public Dialect convert(String value) {
            String key = value.strip().toLowerCase(Locale.ROOT).replace('_', '-');
            for (Dialect dialect : values()) {
                if (dialect.id.equals(key)) {
                    return dialect;
                }
            }
            throw new TypeConversionException("expected open-data or excel-fr, not '" + value + "'");
        }
    }
}
