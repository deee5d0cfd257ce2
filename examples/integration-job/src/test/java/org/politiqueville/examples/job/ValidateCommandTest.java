package org.politiqueville.examples.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {

    @TempDir
    Path folder;

    @Test
    void reportsTheRejectedObservationsWithTheirLinesAndWritesNothingElse() throws IOException {
        Path in = Job.fixture("observations-filosofi.csv", folder);
        Path report = folder.resolve("report.json");

        Job.Run run = Job.run("validate", in.toString(), "--report", report.toString(), "--locale", "en");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(run.out()).contains("11 records read, 8 accepted, 3 rejected");
        String json = Files.readString(report);
        assertThat(json).contains("\"kind\": \"observations\"", "\"read\": 11", "\"accepted\": 8", "\"rejected\": 3",
                "\"line\": 10", "\"line\": 11", "\"line\": 12", "\"severity\": \"ERROR\"", "\"column\": ",
                "\"value\": \"Taux de chômage\"", "\"message\": ");
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files.toList()).containsExactlyInAnyOrder(in, report);
        }
    }

    @Test
    void acceptsEveryFixtureRecordThatTheFixturesSayIsValid() {
        for (String fixture : List.of("documents-seed.csv", "documents-ressources.seed", "qpv-2024-national-extract.csv")) {
            Path in = Job.fixture(fixture, folder);

            Job.Run run = Job.run("validate", in.toString());

            assertThat(run.exitCode()).as(run.toString()).isZero();
        }
    }

    @Test
    void speaksFrenchOnRequest() {
        Path in = Job.fixture("quartiers-excel-fr.csv", folder);

        Job.Run run = Job.run("validate", in.toString(), "--locale", "fr");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(1);
        assertThat(run.out()).contains("11 enregistrements lus, 8 acceptés, 3 rejetés", "quartiers-excel-fr.csv:8");
    }

    @Test
    void aKindTheFormatCannotReadIsAUsageError() {
        Path in = Job.fixture("documents-ressources.seed", folder);

        Job.Run run = Job.run("validate", in.toString(), "--kind", "quarters", "--locale", "en");

        assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
        assertThat(run.err()).contains("seed-table", "quarters", "documents");
    }
}
