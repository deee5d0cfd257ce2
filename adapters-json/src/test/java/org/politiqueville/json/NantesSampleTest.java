package org.politiqueville.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.politiqueville.core.contract.CityContract;
import org.politiqueville.core.sample.NantesMetropole;

/**
 * The Nantes Métropole sample shipped as JSON. It is generated from the core's
 * {@link NantesMetropole#contract()}; run this class with {@code -Dpolitiqueville.regenerate=true}
 * to write it again after the core sample changes.
 */
class NantesSampleTest {

    private static final Path SOURCE = Path.of("src/main/resources" + PolitiqueVilleJson.NANTES_SAMPLE);

    @Test
    void resourceIsWhatTheCoreSampleWrites() throws IOException {
        String expected = PolitiqueVilleJson.pretty().toJson(NantesMetropole.contract());
        if (Boolean.getBoolean("politiqueville.regenerate")) {
            Files.writeString(SOURCE, expected, StandardCharsets.UTF_8);
        }
        try (InputStream resource = PolitiqueVilleJson.class.getResourceAsStream(PolitiqueVilleJson.NANTES_SAMPLE)) {
            assertThat(resource).as("the sample resource").isNotNull();
            assertThat(new String(resource.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(expected);
        }
    }

    @Test
    void sampleLoadsWithNoProblem() {
        JsonReadResult<CityContract> result = PolitiqueVilleJson.nantesSample();

        assertThat(result.report().problems().problems()).isEmpty();
        assertThat(result.report().rejected()).isZero();
        assertThat(result.report().accepted()).isEqualTo(result.report().read()).isPositive();
        assertThat(result.value()).contains(NantesMetropole.contract());
        assertThat(result.report().source()).isEqualTo("nantes-metropole.json");
    }
}
