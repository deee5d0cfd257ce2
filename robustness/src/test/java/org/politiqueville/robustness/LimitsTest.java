package org.politiqueville.robustness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.politiqueville.core.exchange.RecordKind;
import org.politiqueville.core.validation.InvalidValueException;
import org.politiqueville.csv.CsvDialect;
import org.politiqueville.csv.CsvFormatException;
import org.politiqueville.csv.CsvImporter;
import org.politiqueville.csv.CsvLimits;
import org.politiqueville.json.JsonReadOptions;

/** The input limits are on by default and each one can be changed, in the library and in the job. */
class LimitsTest {

    @TempDir
    Path directory;

    @Test
    void theDefaultsAreTheDocumentedOnes() {
        assertThat(CsvLimits.DEFAULTS).isEqualTo(new CsvLimits(16_384, 16 * 1024 * 1024));
        JsonReadOptions json = JsonReadOptions.defaults();
        assertThat(json.maxNestingDepth()).isEqualTo(32);
        assertThat(json.maxStringLength()).isEqualTo(1_000_000);
        assertThat(json.maxNameLength()).isEqualTo(256);
        assertThat(json.maxNumberLength()).isEqualTo(100);
        assertThat(json.maxDocumentLength()).isEqualTo(1L << 30);
    }

    @Test
    void csvLimitsAreCheckedWhenBuilt() {
        assertThatThrownBy(() -> new CsvLimits(0, 4096)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> CsvLimits.DEFAULTS.withMaxRecordChars(10)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void theImporterAppliesItsLimits() {
        byte[] csv = ("Titre,Année\nBilan," + "2".repeat(3000) + "\n").getBytes(StandardCharsets.UTF_8);
        CsvImporter importer = CsvImporter.builder().kind(RecordKind.DOCUMENTS).dialect(CsvDialect.OPEN_DATA)
                .limits(CsvLimits.DEFAULTS.withMaxRecordChars(2048)).failOnMalformedInput(true).build();

        assertThatThrownBy(() -> importer.read(new ByteArrayInputStream(csv), Object.class, record -> { }))
                .isInstanceOfSatisfying(CsvFormatException.class, e -> {
                    assertThat(e.line()).isEqualTo(2);
                    assertThat(e.reason()).contains("2048", "maxRecordChars");
                });
    }

    @Test
    void theJobTakesCsvLimits() throws IOException {
        Path input = directory.resolve("quartiers.csv");
        Files.writeString(input, "Nom du quartier,Code QPV,Commune(s),Statut,Population\n"
                + "Malakoff,QN04413M,Nantes,QPV," + "1".repeat(3000) + "\n");

        JobRun fields = convert(input, "--limit", "maxFields=3");
        JobRun chars = convert(input, "--limit", "maxRecordChars=2048");
        JobRun defaults = convert(input);

        assertThat(fields.exitCode()).isEqualTo(2);
        assertThat(fields.err()).contains("quartiers.csv:1", "more than 3 fields");
        assertThat(chars.exitCode()).isEqualTo(2);
        assertThat(chars.err()).contains("quartiers.csv:2", "2048");
        assertThat(defaults.exitCode()).as("a huge population, rejected, not unreadable").isEqualTo(1);
    }

    @Test
    void theJobTakesJsonLimits() throws IOException {
        Path input = directory.resolve("communes.json");
        Files.writeString(input, "[{\"code\":\"44109\",\"name\":\"Nantes la très belle\"}]");

        JobRun depth = convert(input, "--limit", "maxNestingDepth=1");
        JobRun string = convert(input, "--limit", "maxStringLength=10");
        JobRun defaults = convert(input);

        assertThat(depth.exitCode()).isEqualTo(2);
        assertThat(depth.err()).contains("maxNestingDepth = 1");
        assertThat(string.exitCode()).isEqualTo(2);
        assertThat(string.err()).contains("maxStringLength = 10");
        assertThat(defaults.exitCode()).isZero();
    }

    @Test
    void aLimitThatIsNotANumberIsAUsageError() throws IOException {
        Path input = directory.resolve("communes.json");
        Files.writeString(input, "[]");

        JobRun run = convert(input, "--limit", "maxStringLength=beaucoup");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--limit", "maxStringLength", "beaucoup").doesNotContain("Exception");
        assertThat(directory.resolve("out.json")).doesNotExist();
    }

    private JobRun convert(Path input, String... options) {
        return JobRun.convert(input, directory.resolve("out.json"), directory.resolve("rejects.json"),
                List.of(options));
    }
}
