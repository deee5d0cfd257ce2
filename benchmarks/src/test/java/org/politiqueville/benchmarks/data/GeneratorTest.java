package org.politiqueville.benchmarks.data;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.politiqueville.benchmarks.Fixtures;
import org.politiqueville.core.contract.PolitiqueVilleValidator;
import org.politiqueville.core.exchange.ImportReport;
import org.politiqueville.core.exchange.RecordKind;
import org.politiqueville.core.indicator.Observation;
import org.politiqueville.core.territory.Resolution;
import org.politiqueville.csv.CsvImporter;

/** The benchmarks measure what they claim: deterministic files that the importer reads as intended. */
class GeneratorTest {

    @TempDir
    Path dir;

    @Test
    void writesTheSameBytesForTheSameArgumentsAndStreamsThemToo() throws IOException {
        for (Dialect dialect : Dialect.values()) {
            Path first = dir.resolve("a-" + dialect + ".csv");
            Path second = dir.resolve("b-" + dialect + ".csv");
            Generator.write(first, Generator.Kind.OBSERVATIONS, dialect, 5_000);
            Generator.write(second, Generator.Kind.OBSERVATIONS, dialect, 5_000);
            byte[] streamed;
            try (InputStream in = Generator.stream(Generator.Kind.OBSERVATIONS, dialect, 5_000)) {
                streamed = in.readAllBytes();
            }
            assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first)).isEqualTo(streamed);
        }
    }

    @Test
    void everyObservationRowIsAcceptedExceptTheOnesBrokenOnPurpose() throws IOException {
        int rows = 10_000;
        for (Dialect dialect : Dialect.values()) {
            Path file = dir.resolve("observations-" + dialect + ".csv");
            Generator.write(file, Generator.Kind.OBSERVATIONS, dialect, rows);
            List<Observation> observations = new ArrayList<>();
            ImportReport report = CsvImporter.builder().kind(RecordKind.OBSERVATIONS)
                    .referential(Referential.contract()).build().read(file, Observation.class, observations::add);
            long broken = rows / 1000 * Generator.BROKEN_PER_THOUSAND;
            assertThat(report.read()).isEqualTo(rows);
            assertThat(report.rejected()).as(report.toString()).isEqualTo(broken);
            assertThat(report.warnings()).isZero();
            assertThat(report.dialect()).containsEntry("encoding", dialect.charset().name())
                    .containsEntry("delimiter", String.valueOf(dialect.delimiter()));
        }
    }

    @Test
    void quarterAndCommuneNamesEachResolveToOneTerritory() {
        for (int i = 0; i < Referential.QUARTERS; i++) {
            assertThat(Referential.contract().resolver().resolve(Referential.quarterLabel(i)))
                    .isInstanceOf(Resolution.Found.class);
        }
        for (int i = 0; i < Referential.communeCount(); i++) {
            assertThat(Referential.contract().resolver().resolve(Referential.communeName(i)))
                    .isInstanceOf(Resolution.Found.class);
        }
    }

    @Test
    void generatedContractsAreValid() {
        assertThat(PolitiqueVilleValidator.create().validate(Fixtures.contract(10_000)).errors()).isEmpty();
    }
}
