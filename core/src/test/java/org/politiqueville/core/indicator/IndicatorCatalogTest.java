package org.politiqueville.core.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.politiqueville.core.validation.InvalidValueException;
import org.politiqueville.core.validation.ProblemCode;

class IndicatorCatalogTest {

    private final IndicatorCatalog catalog = StandardIndicators.catalog();

    /** The distinct "Indicateur" cells of the Filosofi fixture, with how each resolves. */
    private static Map<String, Optional<String>> fixtureIndicatorNames(IndicatorCatalog catalog) throws IOException {
        try (InputStream in = IndicatorCatalogTest.class.getResourceAsStream("/indicator/observations-filosofi.csv");
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().skip(1).map(line -> line.split(";")[1]).distinct()
                    .collect(Collectors.toMap(name -> name,
                            name -> catalog.find(name).map(IndicatorDefinition::code),
                            (a, b) -> a, LinkedHashMap::new));
        }
    }

    @Test
    void resolvesTheFixturesIndicatorNamesAndLeavesUnemploymentUnknown() throws IOException {
        assertThat(fixtureIndicatorNames(catalog)).containsExactly(
                Map.entry("Revenu médian disponible par UC", Optional.of("DISP_MED")),
                Map.entry("Taux de pauvreté", Optional.of("DISP_TP60")),
                Map.entry("Taux de chômage", Optional.empty()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"DISP_MED", "disp-med", "Revenu médian disponible par unité de consommation",
        "REVENU MEDIAN DISPONIBLE PAR UC", "revenu  médian disponible, par UC"})
    void findsTheMedianIncomeByCodeLabelOrAliasWhateverTheSpelling(String name) {
        assertThat(catalog.find(name)).contains(StandardIndicators.DISP_MED);
    }

    @Test
    void findsThePovertyRateByItsFullLabel() {
        assertThat(catalog.find("taux de pauvrete au seuil de 60%")).contains(StandardIndicators.DISP_TP60);
    }

    @Test
    void findsByExactCodeOnly() {
        assertThat(catalog.byCode("POP")).contains(StandardIndicators.POP);
        assertThat(catalog.byCode("pop")).isEmpty();
    }

    @Test
    void resolveFailsWithUnknownIndicator() {
        assertThatThrownBy(() -> catalog.resolve("Taux de chômage"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.code()).isEqualTo(ProblemCode.UNKNOWN_INDICATOR);
                    assertThat(e.value()).isEqualTo("Taux de chômage");
                });
    }

    @Test
    void reportsANameSharedByTwoIndicatorsAsAmbiguous() {
        IndicatorDefinition first = IndicatorDefinition.builder("A1", "Taux de pauvreté", Unit.PERCENT)
                .source("COMPAS").build();
        IndicatorDefinition second = IndicatorDefinition.builder("A2", "Autre taux", Unit.PERCENT)
                .aliases("taux de pauvrete").source("COMPAS").build();
        IndicatorCatalog ambiguous = IndicatorCatalog.of(first, second);

        assertThatThrownBy(() -> ambiguous.find("Taux de pauvreté"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.code()).isEqualTo(ProblemCode.AMBIGUOUS_NAME);
                    assertThat(e.details()).containsExactly("A1, A2");
                });
        assertThat(ambiguous.find("A2")).contains(second);
    }

    @Test
    void rejectsTwoDefinitionsWithTheSameCode() {
        assertThatThrownBy(() -> IndicatorCatalog.of(StandardIndicators.POP, StandardIndicators.POP))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.code()).isEqualTo(ProblemCode.DUPLICATE_ID));
    }

    @Test
    void keepsTheDefinitionsInTheirOrder() {
        assertThat(catalog.definitions()).containsExactlyElementsOf(StandardIndicators.all());
        assertThat(catalog.size()).isEqualTo(4);
    }
}
