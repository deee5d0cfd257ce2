package org.politiqueville.examples.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {

    @TempDir
    Path folder;

    @Test
    void runsTheWholeJobOnTheBundledSampleAndSummarisesIt() throws IOException {
        Job.Run run = Job.run("demo", "--out", folder.toString(), "--locale", "en");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).contains("Formats found:", "csv", "json", "seed-table",
                "City contract nantes-metropole-2015-2020: 0 errors, 0 warnings",
                "Counts per kind:", "documents: 14 read, 14 accepted, 0 rejected, 0 warnings",
                "quarters: 26 read, 23 accepted, 3 rejected", "observations: 11 read, 8 accepted, 3 rejected",
                "Problems by code:", "QPV_CODE_FORMAT", "UNKNOWN_COMMUNE");
        assertThat(run.err()).as(run.toString()).isEmpty();
        assertThat(Files.readString(folder.resolve("json/quartiers-excel-fr.json"))).startsWith("[");
        assertThat(Files.readString(folder.resolve("csv-excel-fr/observations-filosofi.csv"))).startsWith("\uFEFF");
        assertThat(Files.readString(folder.resolve("reports/observations-filosofi.rejects.json")))
                .contains("\"rejected\": 3");
    }

    @Test
    void speaksFrench() {
        Job.Run run = Job.run("demo", "--out", folder.toString(), "--locale", "fr");

        assertThat(run.exitCode()).as(run.toString()).isZero();
        assertThat(run.out()).contains("Totaux par type :", "Problèmes par code :", "observations : 11 lus, 8 acceptés");
    }
}
