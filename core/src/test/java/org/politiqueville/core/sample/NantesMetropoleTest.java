package org.politiqueville.core.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.politiqueville.core.id.InseeCode;
import org.politiqueville.core.id.QpvGeneration;
import org.politiqueville.core.territory.Commune;
import org.politiqueville.core.territory.Quarter;
import org.politiqueville.core.territory.Resolution;
import org.politiqueville.core.territory.TerritoryRef;
import org.politiqueville.core.territory.TerritoryResolver;
import org.politiqueville.core.territory.TerritoryRules;
import org.politiqueville.core.validation.InvalidValueException;
import org.politiqueville.core.validation.ProblemCode;
import org.politiqueville.core.validation.RuleContext;

class NantesMetropoleTest {

    private final TerritoryResolver resolver = NantesMetropole.resolver();

    @Test
    void communesAreThoseOfTheCommunesFile() throws IOException {
        List<String> expected = rows("/nantes/nantes-metropole-communes.csv");

        assertThat(NantesMetropole.communes())
                .extracting(commune -> commune.code().value() + "," + commune.name())
                .containsExactlyElementsOf(expected);
        assertThat(NantesMetropole.communes()).hasSize(24);
    }

    @Test
    void quartersAreThoseOfTheQpvFile() throws IOException {
        List<String> expected = rows("/nantes/nantes-metropole-qpv-2024.csv");

        assertThat(NantesMetropole.quarters())
                .extracting(quarter -> quarter.code(QpvGeneration.LIST_2024).orElseThrow().value() + ","
                        + quarter.label() + ","
                        + quarter.communes().stream().map(InseeCode::value).collect(Collectors.joining("|")))
                .containsExactlyElementsOf(expected);
        assertThat(NantesMetropole.quarters()).hasSize(15).allSatisfy(quarter -> {
            assertThat(quarter.isPriority()).isTrue();
            assertThat(quarter.population()).isNull();
            assertThat(quarter.code(QpvGeneration.LIST_2015)).isEmpty();
        });
    }

    @Test
    void agglomerationIsNantesMetropoleWithItsCommunes() {
        assertThat(NantesMetropole.agglomeration().siren().value()).isEqualTo("244400404");
        assertThat(NantesMetropole.agglomeration().name()).isEqualTo("Nantes Métropole");
        assertThat(NantesMetropole.agglomeration().communes())
                .containsExactlyElementsOf(NantesMetropole.communes().stream().map(Commune::code).toList());
    }

    @Test
    void sampleBreaksNoRule() {
        RuleContext context = RuleContext.strict();
        Set<String> quarterIds = NantesMetropole.quarters().stream().map(Quarter::id).collect(Collectors.toSet());
        Set<InseeCode> communes = Set.copyOf(NantesMetropole.agglomeration().communes());
        List<Quarter> quarters = NantesMetropole.quarters();
        for (int i = 0; i < quarters.size(); i++) {
            TerritoryRules.checkQuarter(quarters.get(i), "quarters[" + i + "]", context);
            TerritoryRules.checkQuarterCommunes(quarters.get(i), "quarters[" + i + "]", communes, context);
        }
        for (int i = 0; i < NantesMetropole.districts().size(); i++) {
            TerritoryRules.checkDistrict(NantesMetropole.districts().get(i), "districts[" + i + "]", quarterIds, context);
        }

        assertThat(context.report().problems()).isEmpty();
    }

    @Test
    void quarterIdsAreUniqueSlugs() {
        assertThat(NantesMetropole.quarters()).extracting(Quarter::id)
                .doesNotHaveDuplicates()
                .allMatch(id -> id.matches("[a-z0-9]+(-[a-z0-9]+)*"))
                .contains("malakoff", "bellevue", "le-breil");
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = ';', textBlock = """
            Grand Bellevue;               quarter:bellevue
            Rezé Château-Mahaudières;     quarter:chateau
            Rezé-Château- Mahaudières;    quarter:chateau
            Château-Mahaudières;          quarter:chateau
            Sillon;                       quarter:le-sillon-de-bretagne
            Sillon de Bretagne;           quarter:le-sillon-de-bretagne
            Bottière – Pin Sec;           quarter:bottiere-pin-sec
            Bottière Pin-Sec;             quarter:bottiere-pin-sec
            breil;                        quarter:le-breil
            Le Breil;                     quarter:le-breil
            du breil;                     NONE
            Malakoff;                     quarter:malakoff
            Plaisance;                    quarter:plaisance
            Dervallières;                 quarter:les-dervallieres
            Clos Toreau;                  quarter:le-clos-toreau
            Nantes Nord;                  district:nantes-nord
            Nantes Erdre;                 district:nantes-erdre
            QN04413M;                     quarter:malakoff
            qn04413m;                     quarter:malakoff
            44109;                        commune:44109
            Nantes;                       commune:44109
            Nantes Métropole;             agglomeration:nantes-metropole
            244 400 404;                  agglomeration:nantes-metropole
            nantes-metropole;             agglomeration:nantes-metropole
            St-Herblain;                  commune:44162
            Les Sorinières;               commune:44198
            sorinieres;                   commune:44198
            """)
    void resolvesTheSeedsEverydayNames(String name, String expected) {
        Resolution resolution = resolver.resolve(name);

        if (expected.equals("NONE")) {
            assertThat(resolution).isInstanceOf(Resolution.NotFound.class);
        } else {
            assertThat(resolution).isInstanceOfSatisfying(Resolution.Found.class,
                    found -> assertThat(found.ref()).isEqualTo(TerritoryRef.parse(expected)));
        }
    }

    @Test
    void foundNamesCarryTheOfficialLabel() {
        assertThat(resolver.resolve("Grand Bellevue"))
                .isEqualTo(new Resolution.Found("Grand Bellevue", TerritoryRef.quarter("bellevue"), "Bellevue"));
        assertThat(resolver.resolve("sillon"))
                .isInstanceOfSatisfying(Resolution.Found.class,
                        found -> assertThat(found.canonicalName()).isEqualTo("Le Sillon de Bretagne"));
    }

    @Test
    void resolvesCommunesToTheirInseeCode() {
        assertThat(resolver.resolveCommune("Nantes")).isEqualTo(new InseeCode("44109"));
        assertThat(resolver.resolveCommune("REZE")).isEqualTo(new InseeCode("44143"));
        assertThat(resolver.resolveCommune("44162")).isEqualTo(new InseeCode("44162"));
        assertThatThrownBy(() -> resolver.resolveCommune("Malakoff"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.code()).isEqualTo(ProblemCode.UNKNOWN_COMMUNE);
                    assertThat(e.value()).isEqualTo("Malakoff");
                });
    }

    @Test
    void knowsEveryTerritoryOfTheSample() {
        assertThat(resolver.territories()).hasSize(1 + 24 + 15 + 2);
    }

    private static List<String> rows(String resource) throws IOException {
        try (InputStream in = NantesMetropoleTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return Arrays.stream(text.split("\\R")).skip(1).filter(line -> !line.isBlank()).toList();
        }
    }
}
