package org.politiqueville.core.id;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/** Reads the columns of the bundled Nantes Métropole sample files. */
final class NantesSample {

    private NantesSample() {
    }

    /** The rows of a sample CSV file, header excluded, split on commas (the samples quote nothing). */
    static List<String[]> rows(String file) {
        InputStream in = Objects.requireNonNull(NantesSample.class.getResourceAsStream("/nantes/" + file), file);
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().skip(1).filter(line -> !line.isBlank()).map(line -> line.split(",", -1)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
