package org.politiqueville.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.politiqueville.core.contract.CityContract;
import org.politiqueville.core.sample.NantesMetropole;
import org.politiqueville.core.territory.Quarter;

/** Files are written whole or not at all. */
class AtomicWriteTest {

    @TempDir
    Path directory;

    @Test
    void writesAndReadsBackAContractFile() throws IOException {
        Path file = directory.resolve("contrat.json");

        PolitiqueVilleJson.pretty().writeContract(NantesMetropole.contract(), file);
        JsonReadResult<CityContract> read = PolitiqueVilleJson.pretty().readContract(file, JsonReadOptions.defaults());

        assertThat(read.value()).contains(NantesMetropole.contract());
        assertThat(read.report().source()).isEqualTo("contrat.json");
        assertThat(Files.readString(file, StandardCharsets.UTF_8))
                .isEqualTo(PolitiqueVilleJson.pretty().toJson(NantesMetropole.contract()));
    }

    @Test
    void aFailedWriteLeavesTheTargetAsItWasAndNoTemporaryFile() throws IOException {
        Path file = directory.resolve("quartiers.jsonl");
        PolitiqueVilleJson.compact().writeAll(JsonKind.QUARTERS, NantesMetropole.quarters(), JsonLayout.LINES, file);
        String before = Files.readString(file);
        Iterable<Quarter> failing = () -> new Iterator<>() {
            private final Iterator<Quarter> quarters = NantesMetropole.quarters().iterator();
            private int given;

            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public Quarter next() {
                if (given++ == 3) {
                    throw new IllegalStateException("crash in the middle of the file");
                }
                return quarters.next();
            }
        };

        assertThatThrownBy(() -> PolitiqueVilleJson.compact().writeAll(JsonKind.QUARTERS, failing, JsonLayout.LINES,
                file)).hasMessageContaining("crash");

        assertThat(Files.readString(file)).isEqualTo(before);
        assertThat(before.lines()).hasSize(NantesMetropole.quarters().size());
        try (Stream<Path> files = Files.list(directory)) {
            assertThat(files.toList()).containsExactly(file);
        }
    }

    @Test
    void writesEmptyKindsAsEmptyArrays() throws IOException {
        Path file = directory.resolve("empty.json");

        PolitiqueVilleJson.pretty().writeAll(JsonKind.DOCUMENTS, List.of(), JsonLayout.ARRAY, file);

        assertThat(Files.readString(file)).isEqualTo("[]\n");
    }
}
