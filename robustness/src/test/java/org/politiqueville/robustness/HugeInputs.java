package org.politiqueville.robustness;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * The bad inputs too large to commit, written at run time into a temporary folder: their names in
 * {@code bad-inputs/expected.csv} start with {@code generated:}.
 */
final class HugeInputs {

    private static final String PREFIX = "generated:";
    private static final int MIB = 1024 * 1024;

    private HugeInputs() {
    }

    static boolean isGenerated(String name) {
        return name.startsWith(PREFIX);
    }

    /**
     * Writes the named input.
     *
     * @param name      the name from the table, {@code generated:} and a file name
     * @param directory where to write it
     * @return the file
     * @throws IOException if it cannot be written
     */
    static Path generate(String name, Path directory) throws IOException {
        String fileName = name.substring(PREFIX.length());
        Path file = directory.resolve(fileName);
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            switch (fileName) {
                case "mixed-encodings-2mb.csv" -> mixedEncodings(out);
                case "single-cell-50mb.csv" -> singleCell(out);
                case "million-columns.csv" -> millionColumns(out);
                case "nested-100000-deep.json" -> nested(out);
                case "string-500mb.json" -> hugeString(out);
                case "million-properties.json" -> millionProperties(out);
                default -> throw new IllegalArgumentException("no generator for " + name);
            }
        }
        return file;
    }

    /** UTF-8 rows with accents for 2 MiB, then one row with a Windows-1252 é (0xE9): line 2 + rows. */
    static long mixedEncodings(OutputStream out) throws IOException {
        write(out, "Territoire,Indicateur,Période,Valeur\n");
        byte[] row = "Les Dervallières,DISP_MED,2021,13310\n".getBytes(StandardCharsets.UTF_8);
        long rows = 0;
        for (long written = 0; written < 2L * MIB; written += row.length) {
            out.write(row);
            rows++;
        }
        out.write("Malakoff,Taux de pauvret".getBytes(StandardCharsets.UTF_8));
        out.write(0xE9);
        write(out, ",2021,48.2\n");
        return rows + 2;
    }

    /** A quarter whose label is one 50 MiB cell. */
    private static void singleCell(OutputStream out) throws IOException {
        write(out, "Nom du quartier,Code QPV,Commune(s)\nMalakoff,QN04413M,Nantes\n");
        byte[] chunk = new byte[MIB];
        Arrays.fill(chunk, (byte) 'a');
        for (int i = 0; i < 50; i++) {
            out.write(chunk);
        }
        write(out, ",QN04406M,Nantes\n");
    }

    /** A header of a million columns. */
    private static void millionColumns(OutputStream out) throws IOException {
        for (int i = 0; i < 1_000_000; i++) {
            write(out, i == 0 ? "c0" : ",c" + i);
        }
        write(out, "\n1,2,3\n");
    }

    /** Arrays nested 100,000 deep. */
    private static void nested(OutputStream out) throws IOException {
        byte[] open = new byte[100_000];
        Arrays.fill(open, (byte) '[');
        byte[] close = new byte[100_000];
        Arrays.fill(close, (byte) ']');
        out.write(open);
        out.write(close);
    }

    /** A quarter whose label is a 500 MiB string. */
    private static void hugeString(OutputStream out) throws IOException {
        write(out, "[{\"id\":\"malakoff\",\"label\":\"");
        byte[] chunk = new byte[MIB];
        Arrays.fill(chunk, (byte) 'a');
        for (int i = 0; i < 500; i++) {
            out.write(chunk);
        }
        write(out, "\",\"status\":\"PRIORITY\",\"codes\":[\"QN04413M\"],\"communes\":[\"44109\"]}]");
    }

    /** A quarter with a million unknown properties. */
    private static void millionProperties(OutputStream out) throws IOException {
        write(out, "[{\"id\":\"malakoff\",\"label\":\"Malakoff\",\"status\":\"PRIORITY\",\"codes\":[\"QN04413M\"],"
                + "\"communes\":[\"44109\"]");
        for (int i = 0; i < 1_000_000; i++) {
            write(out, ",\"p" + i + "\":" + i);
        }
        write(out, "}]");
    }

    private static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
    }
}
