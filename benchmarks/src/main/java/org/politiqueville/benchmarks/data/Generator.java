package org.politiqueville.benchmarks.data;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetEncoder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.SplittableRandom;
import org.politiqueville.core.indicator.IndicatorDefinition;
import org.politiqueville.core.indicator.Unit;

/**
 * Writes deterministic CSV files of observations, quarters or documents in a {@link Dialect}: the
 * same kind, dialect and row count always give the same bytes.
 *
 * <p>Each row is drawn from its own index, so a file can be streamed in pieces
 * ({@link #stream(Kind, Dialect, long)}) and any size from a thousand rows to a gigabyte is cheap
 * to produce. Rows look like real files: names with accents and varying case, French numbers with
 * thousands spaces (some no-break), percent signs, statistical markers ({@code s}, {@code nd},
 * {@code ns}, {@code so}, empty cells), quoted cells with delimiters and doubled quotes, periods
 * as years or ranges. Three rows in a thousand are broken on purpose (an unknown territory, a
 * number with two decimal commas, a two-digit year), as files from the field are.
 */
public final class Generator {

    /** What a file holds. */
    public enum Kind {
        /** Indicator values per territory and period: the large files. */
        OBSERVATIONS,
        /** Priority quarters, one row per quarter. */
        QUARTERS,
        /** A document catalogue. */
        DOCUMENTS
    }

    /** Rows per thousand rejected on purpose. */
    public static final int BROKEN_PER_THOUSAND = 3;

    private static final long SEED = 0x5EED_2024L;
    private static final String[] SOURCES = {
        "INSEE Filosofi 2021", "INSEE Filosofi 2021", "INSEE Filosofi 2021", "INSEE Filosofi 2021",
        "INSEE Filosofi 2021", "INSEE Filosofi 2021", "INSEE Filosofi 2021",
        "INSEE; RP 2020, exploitation principale", "INSEE; RP 2020, exploitation principale",
        "Observatoire \"Compas\""};

    private Generator() {
    }

    /**
     * The header row, without line separator.
     *
     * @param kind    the kind, not null
     * @param dialect the dialect, not null
     * @return the header, not null
     */
    public static String header(Kind kind, Dialect dialect) {
        boolean excel = dialect == Dialect.FRENCH_EXCEL;
        String[] columns = switch (kind) {
            case OBSERVATIONS -> excel
                    ? new String[] {"Territoire", "Indicateur", "Année", "Valeur", "Unité", "Statut", "Source"}
                    : new String[] {"codgeo", "libgeo", "indicateur", "annee", "valeur", "unite", "statut", "source"};
            case QUARTERS -> excel
                    ? new String[] {"Nom du quartier", "Code QPV", "Commune(s)", "Statut", "Population", "Année pop."}
                    : new String[] {"code_qp", "lib_qp", "insee_com", "lib_com", "statut", "population", "annee_pop"};
            case DOCUMENTS -> excel
                    ? new String[] {"Documents", "Catégories", "Année", "Type", "Lien"}
                    : new String[] {"titre", "categories", "annee", "type", "lien"};
        };
        return String.join(String.valueOf(dialect.delimiter()), columns);
    }

    /**
     * Appends one data row, with its line separator.
     *
     * @param kind    the kind, not null
     * @param dialect the dialect, not null
     * @param index   the row's 0-based index
     * @param out     where to append, not null
     */
    public static void row(Kind kind, Dialect dialect, long index, StringBuilder out) {
        SplittableRandom random = new SplittableRandom(SEED ^ (index * 0x9E3779B97F4A7C15L));
        Cells cells = new Cells(out, dialect.delimiter());
        switch (kind) {
            case OBSERVATIONS -> observation(dialect, index, random, cells);
            case QUARTERS -> quarter(dialect, index, random, cells);
            case DOCUMENTS -> document(dialect, index, random, cells);
        }
        out.append(dialect.lineSeparator());
    }

    /**
     * Whether the row at an index is broken on purpose (and will be rejected).
     *
     * @param kind  the kind, not null
     * @param index the row's index
     * @return true for {@value #BROKEN_PER_THOUSAND} rows in a thousand of observations
     */
    public static boolean isBroken(Kind kind, long index) {
        long k = index % 1000;
        return kind == Kind.OBSERVATIONS && (k == 137 || k == 599 || k == 877);
    }

    /**
     * Writes a file: the header and {@code rows} rows.
     *
     * @param file    the file to create or replace, not null
     * @param kind    the kind, not null
     * @param dialect the dialect, not null
     * @param rows    the number of data rows
     * @return the file's size in bytes
     * @throws IOException if writing fails
     */
    public static long write(Path file, Kind kind, Dialect dialect, long rows) throws IOException {
        try (Writer out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file),
                dialect.charset().newEncoder()), 1 << 16)) {
            StringBuilder line = new StringBuilder(256);
            out.write(header(kind, dialect));
            out.write(dialect.lineSeparator());
            for (long i = 0; i < rows; i++) {
                line.setLength(0);
                row(kind, dialect, i, line);
                out.append(line);
            }
        }
        return Files.size(file);
    }

    /**
     * A file as a stream produced on the fly, header first: memory does not grow with its size.
     *
     * @param kind    the kind, not null
     * @param dialect the dialect, not null
     * @param rows    the number of data rows
     * @return the stream, not null
     */
    public static InputStream stream(Kind kind, Dialect dialect, long rows) {
        return new GeneratingStream(kind, dialect, rows);
    }

    /**
     * The number of data rows that make a file of at least some size.
     *
     * @param kind    the kind, not null
     * @param dialect the dialect, not null
     * @param bytes   the size wanted
     * @return the row count
     */
    public static long rowsFor(Kind kind, Dialect dialect, long bytes) {
        StringBuilder sample = new StringBuilder();
        int n = 10_000;
        for (int i = 0; i < n; i++) {
            row(kind, dialect, i, sample);
        }
        double perRow = sample.toString().getBytes(dialect.charset()).length / (double) n;
        return (long) Math.ceil(bytes / perRow);
    }

    // ---- observations ----------------------------------------------------------------------------

    private static void observation(Dialect dialect, long index, SplittableRandom random, Cells cells) {
        boolean excel = dialect == Dialect.FRENCH_EXCEL;
        int draw = random.nextInt(100);
        String name;
        String code;
        if (draw < 85) {
            int q = random.nextInt(Referential.QUARTERS);
            name = variant(Referential.quarterLabel(q), random);
            code = Referential.quarterCode(q);
        } else if (draw < 95) {
            int c = random.nextInt(Referential.communeCount());
            name = Referential.communeName(c);
            code = Referential.communeCode(c);
        } else {
            name = Referential.AGGLOMERATION_NAME;
            code = "244400404";
        }
        long k = index % 1000;
        if (k == 137) {
            name = "Quartier inconnu " + index;
            code = "QN0990" + (index % 10) + "X";
        }
        IndicatorDefinition indicator = Referential.indicators().get(random.nextInt(Referential.indicators().size()));
        if (excel) {
            cells.add(name);
            cells.add(random.nextInt(10) < 6 ? indicator.label() : indicator.aliases().get(0));
        } else {
            cells.add(code);
            cells.add(name);
            cells.add(indicator.code());
        }
        String period = random.nextInt(100) < 3 ? (excel ? "2015-2020" : "2015/2020")
                : Integer.toString(2014 + random.nextInt(9));
        cells.add(k == 877 ? "21" : period);
        int marker = random.nextInt(100);
        boolean numeric = false;
        if (k == 599) {
            cells.add(excel ? "12,3,4" : "12.3.4");
        } else if (marker < 8) {
            cells.add(random.nextInt(4) == 0 ? "secret" : "s");
        } else if (marker < 12) {
            cells.add(excel && random.nextBoolean() ? "n.d." : "nd");
        } else if (marker < 14) {
            cells.add("ns");
        } else if (marker < 15) {
            cells.add("so");
        } else if (marker < 17) {
            cells.add("");
        } else {
            numeric = true;
            cells.add(number(indicator.unit(), dialect, random));
        }
        cells.add(unit(indicator.unit(), excel));
        int status = random.nextInt(100);
        if (!numeric || status < 85) {
            cells.add("");
        } else if (status < 95) {
            cells.add(excel ? "définitif" : "A");
        } else {
            cells.add(excel ? "provisoire" : "P");
        }
        cells.add(SOURCES[random.nextInt(SOURCES.length)]);
    }

    /** The name as people type it: mostly as is, sometimes in capitals, lower case or without accents. */
    private static String variant(String name, SplittableRandom random) {
        int draw = random.nextInt(20);
        if (draw == 0) {
            return name.toUpperCase(Locale.FRENCH);
        }
        if (draw == 1) {
            return name.toLowerCase(Locale.FRENCH);
        }
        if (draw == 2) {
            return unaccented(name);
        }
        return name;
    }

    private static String unaccented(String name) {
        return name.replace('é', 'e').replace('è', 'e').replace('ê', 'e').replace('ë', 'e').replace('É', 'E')
                .replace('î', 'i').replace('Î', 'I').replace('ô', 'o').replace('–', '-');
    }

    private static String number(Unit unit, Dialect dialect, SplittableRandom random) {
        boolean excel = dialect == Dialect.FRENCH_EXCEL;
        return switch (unit) {
            case PERCENT -> {
                String text = tenths(random.nextInt(1001), dialect.decimalSeparator());
                yield excel && random.nextInt(10) == 0 ? text + " %" : text;
            }
            case EUROS -> {
                long amount = 8_000 + random.nextInt(32_000);
                String integer = excel ? grouped(amount, random.nextInt(5) == 0 ? '\u00A0' : ' ') : Long.toString(amount);
                yield random.nextBoolean() ? integer : integer + dialect.decimalSeparator() + random.nextInt(10);
            }
            default -> {
                long count = random.nextInt(20_000);
                yield excel ? grouped(count, ' ') : Long.toString(count);
            }
        };
    }

    private static String tenths(int tenths, char separator) {
        return (tenths / 10) + String.valueOf(separator) + (tenths % 10);
    }

    private static String grouped(long value, char space) {
        String digits = Long.toString(value);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (digits.length() - i) % 3 == 0) {
                text.append(space);
            }
            text.append(digits.charAt(i));
        }
        return text.toString();
    }

    private static String unit(Unit unit, boolean excel) {
        return switch (unit) {
            case EUROS -> excel ? "€" : "euros";
            case PERCENT -> excel ? "%" : "pourcentage";
            default -> excel ? "nb" : "nombre";
        };
    }

    // ---- quarters and documents ------------------------------------------------------------------

    private static void quarter(Dialect dialect, long index, SplittableRandom random, Cells cells) {
        int q = (int) (index % Referential.QUARTERS);
        int commune = Referential.communeOfQuarter(q);
        long population = 1_000 + random.nextInt(20_000);
        if (dialect == Dialect.FRENCH_EXCEL) {
            cells.add(variant(Referential.quarterLabel(q), random));
            cells.add(Referential.quarterCode(q));
            cells.add(Referential.communeName(commune));
            cells.add(random.nextBoolean() ? "QPV" : "quartier prioritaire");
            cells.add(grouped(population, ' '));
            cells.add("2020");
        } else {
            cells.add(Referential.quarterCode(q));
            cells.add(Referential.quarterLabel(q));
            cells.add(Referential.communeCode(commune));
            cells.add(Referential.communeName(commune));
            cells.add("QPV");
            cells.add(Long.toString(population));
            cells.add("2020");
        }
    }

    private static void document(Dialect dialect, long index, SplittableRandom random, Cells cells) {
        int year = 2015 + random.nextInt(10);
        String quarter = Referential.quarterLabel(random.nextInt(Referential.QUARTERS));
        cells.add(year + " Rapport n°" + index + " – Contrat de ville");
        cells.add("Pilotage : contrat de Ville, Pilotage : CV - Annexes complémentaires, Quartier : " + quarter);
        cells.add(Integer.toString(year));
        cells.add(random.nextBoolean() ? "Télécharger" : "");
        cells.add(random.nextBoolean() ? "https://example.org/documents/" + index + ".pdf" : "");
    }

    /** Appends cells, quoting those that need it. */
    private static final class Cells {

        private final StringBuilder out;
        private final char delimiter;
        private boolean first = true;

        Cells(StringBuilder out, char delimiter) {
            this.out = out;
            this.delimiter = delimiter;
        }

        void add(String cell) {
            if (!first) {
                out.append(delimiter);
            }
            first = false;
            boolean quote = cell.indexOf(delimiter) >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0
                    || cell.indexOf('\r') >= 0;
            if (quote) {
                out.append('"').append(cell.replace("\"", "\"\"")).append('"');
            } else {
                out.append(cell);
            }
        }
    }

    /** Encodes rows as they are read. */
    private static final class GeneratingStream extends InputStream {

        private final Kind kind;
        private final Dialect dialect;
        private final long rows;
        private final CharsetEncoder encoder;
        private final StringBuilder text = new StringBuilder(1 << 16);
        private ByteBuffer bytes = ByteBuffer.allocate(0);
        private long next = -1;

        GeneratingStream(Kind kind, Dialect dialect, long rows) {
            this.kind = kind;
            this.dialect = dialect;
            this.rows = rows;
            this.encoder = dialect.charset().newEncoder();
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            int n = read(one, 0, 1);
            return n < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (length == 0) {
                return 0;
            }
            while (!bytes.hasRemaining()) {
                if (next >= rows) {
                    return -1;
                }
                fill();
            }
            int n = Math.min(length, bytes.remaining());
            bytes.get(buffer, offset, n);
            return n;
        }

        private void fill() throws IOException {
            text.setLength(0);
            if (next < 0) {
                text.append(header(kind, dialect)).append(dialect.lineSeparator());
                next = 0;
            }
            while (next < rows && text.length() < 60_000) {
                row(kind, dialect, next++, text);
            }
            bytes = encoder.encode(CharBuffer.wrap(text));
        }
    }
}
