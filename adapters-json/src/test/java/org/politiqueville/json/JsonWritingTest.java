package org.politiqueville.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.politiqueville.core.sample.NantesMetropole;
import org.politiqueville.core.territory.Commune;

/** The exact form of what is written. */
class JsonWritingTest {

    private static final List<Commune> COMMUNES = NantesMetropole.communes().subList(0, 2);

    @Test
    void jsonLinesHoldOneCompactObjectPerLine() {
        assertThat(written(PolitiqueVilleJson.pretty(), JsonLayout.LINES)).isEqualTo("""
                {"code":"44009","name":"Basse-Goulaine"}
                {"code":"44018","name":"Bouaye"}
                """);
    }

    @Test
    void prettyOutputIndentsByTwoSpacesAndEndsWithALineEnd() {
        assertThat(written(PolitiqueVilleJson.pretty(), JsonLayout.ARRAY)).isEqualTo("""
                [
                  {
                    "code": "44009",
                    "name": "Basse-Goulaine"
                  },
                  {
                    "code": "44018",
                    "name": "Bouaye"
                  }
                ]
                """);
    }

    @Test
    void compactOutputHasNoWhiteSpace() {
        assertThat(written(PolitiqueVilleJson.compact(), JsonLayout.ARRAY))
                .isEqualTo("[{\"code\":\"44009\",\"name\":\"Basse-Goulaine\"},{\"code\":\"44018\",\"name\":\"Bouaye\"}]");
        assertThat(PolitiqueVilleJson.compact().isPretty()).isFalse();
    }

    @Test
    void emptyJsonLinesAreAnEmptyFile() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        PolitiqueVilleJson.pretty().writeAll(JsonKind.COMMUNES, List.of(), JsonLayout.LINES, out);

        assertThat(out.toByteArray()).isEmpty();
    }

    private static String written(PolitiqueVilleJson json, JsonLayout layout) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        json.writeAll(JsonKind.COMMUNES, COMMUNES, layout, out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
