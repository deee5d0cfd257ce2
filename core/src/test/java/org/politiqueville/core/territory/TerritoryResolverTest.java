package org.politiqueville.core.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.politiqueville.core.id.InseeCode;
import org.politiqueville.core.id.QpvCode;
import org.politiqueville.core.id.Siren;
import org.politiqueville.core.sample.NantesMetropole;
import org.politiqueville.core.validation.InvalidValueException;
import org.politiqueville.core.validation.ProblemCode;

class TerritoryResolverTest {

    private static final InseeCode BOUGUENAIS = new InseeCode("44020");
    private static final InseeCode REZE = new InseeCode("44143");

    private final TerritoryResolver nantes = NantesMetropole.resolver();

    @Test
    void unknownNameIsNotFound() {
        assertThat(nantes.resolve("Atlantis")).isEqualTo(new Resolution.NotFound("Atlantis", null));
        assertThat(nantes.resolve("Atlantis").territory()).isEmpty();
    }

    @Test
    void blankOrPunctuationOnlyNameIsNotFound() {
        assertThat(nantes.resolve("")).isInstanceOf(Resolution.NotFound.class);
        assertThat(nantes.resolve("  – ")).isInstanceOf(Resolution.NotFound.class);
    }

    @Test
    void requiringAnUnknownNameThrowsUnknownTerritory() {
        assertThatThrownBy(() -> nantes.require("Atlantis"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.code()).isEqualTo(ProblemCode.UNKNOWN_TERRITORY);
                    assertThat(e.value()).isEqualTo("Atlantis");
                    assertThat(e.details()).containsExactly("territory");
                    assertThat(e.getMessage(Locale.ENGLISH)).isEqualTo("No territory is named \"Atlantis\" in the referential.");
                });
        assertThatThrownBy(() -> nantes.require("Nantes", TerritoryKind.QUARTER))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.details()).containsExactly("quarter"));
    }

    @Test
    void sameLabelInTwoCommunesIsAmbiguousAndListsTheCandidates() {
        TerritoryResolver resolver = TerritoryResolver.builder()
                .quarters(List.of(
                        watch("centre-bouguenais", "Le Centre", BOUGUENAIS),
                        watch("centre-reze", "Centre", REZE)))
                .build();

        Resolution resolution = resolver.resolve("centre");

        assertThat(resolution).isEqualTo(new Resolution.Ambiguous("centre",
                List.of(TerritoryRef.quarter("centre-bouguenais"), TerritoryRef.quarter("centre-reze"))));
        assertThatThrownBy(resolution::orElseThrow)
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.code()).isEqualTo(ProblemCode.AMBIGUOUS_NAME);
                    assertThat(e.details()).containsExactly("quarter:centre-bouguenais, quarter:centre-reze");
                });
        assertThat(resolver.resolve("centre-reze").territory()).contains(TerritoryRef.quarter("centre-reze"));
    }

    @Test
    void nameSharedByTwoKindsIsAmbiguousUnlessTheKindIsGiven() {
        TerritoryResolver resolver = TerritoryResolver.builder()
                .quarters(NantesMetropole.quarters())
                .reference("Grand Bellevue", "Grand Bellevue (Brest)")
                .build();

        assertThat(resolver.resolve("grand bellevue")).isInstanceOfSatisfying(Resolution.Ambiguous.class,
                ambiguous -> assertThat(ambiguous.candidates())
                        .containsExactly(TerritoryRef.quarter("bellevue"), TerritoryRef.reference("Grand Bellevue")));
        assertThat(resolver.require("Grand Bellevue", TerritoryKind.QUARTER)).isEqualTo(TerritoryRef.quarter("bellevue"));
        assertThat(resolver.require("grand bellevue brest")).isEqualTo(TerritoryRef.reference("Grand Bellevue"));
        assertThat(resolver.require("QN04405M")).isEqualTo(TerritoryRef.quarter("bellevue"));
    }

    @Test
    void quarterIdWinsOverAReferenceOfTheSameName() {
        TerritoryResolver resolver = TerritoryResolver.builder()
                .quarters(NantesMetropole.quarters())
                .reference("Malakoff")
                .build();

        assertThat(resolver.require("Malakoff")).isEqualTo(TerritoryRef.quarter("malakoff"));
        assertThat(resolver.require("Malakoff", TerritoryKind.REFERENCE)).isEqualTo(TerritoryRef.reference("Malakoff"));
    }

    @Test
    void idOrCodeMatchWinsOverNameMatch() {
        TerritoryResolver resolver = TerritoryResolver.builder()
                .quarters(List.of(
                        watch("q1", "Les Pins", BOUGUENAIS),
                        watch("les-pins", "La Pinède", REZE)))
                .build();

        assertThat(resolver.require("Les Pins")).isEqualTo(TerritoryRef.quarter("les-pins"));
        assertThat(resolver.require("Pins")).isEqualTo(TerritoryRef.quarter("q1"));
    }

    @Test
    void kindRestrictionIgnoresOtherKinds() {
        assertThat(nantes.resolve("Nantes", TerritoryKind.COMMUNE).territory()).contains(TerritoryRef.commune("44109"));
        assertThat(nantes.resolve("Nantes Nord", TerritoryKind.COMMUNE))
                .isEqualTo(new Resolution.NotFound("Nantes Nord", TerritoryKind.COMMUNE));
        assertThat(nantes.resolve("44109", TerritoryKind.QUARTER)).isInstanceOf(Resolution.NotFound.class);
        assertThat(nantes.require("Nantes Nord", TerritoryKind.DISTRICT)).isEqualTo(TerritoryRef.district("nantes-nord"));
    }

    @Test
    void ambiguousCommuneNameThrowsAmbiguousName() {
        TerritoryResolver resolver = TerritoryResolver.builder()
                .communes(List.of(new Commune(new InseeCode("44020"), "Le Bourg"), new Commune(new InseeCode("56020"), "Bourg")))
                .build();

        assertThatThrownBy(() -> resolver.resolveCommune("bourg"))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.code()).isEqualTo(ProblemCode.AMBIGUOUS_NAME));
    }

    @Test
    void duplicateIdsDenoteOneTerritory() {
        TerritoryResolver resolver = TerritoryResolver.builder()
                .districts(List.of(new District("d", "Un", List.of(), List.of("a")),
                        new District("d", "Deux", List.of(), List.of("b"))))
                .build();

        assertThat(resolver.resolve("d").territory()).contains(TerritoryRef.district("d"));
        assertThat(resolver.resolve("Un").territory()).contains(TerritoryRef.district("d"));
        assertThat(resolver.resolve("Deux").territory()).contains(TerritoryRef.district("d"));
    }

    @Test
    void resolvesAgglomerationBySirenIdAndName() {
        Agglomeration agglomeration = new Agglomeration("cara", new Siren("244400404"), "Communauté d’Agglomération",
                List.of(REZE));
        TerritoryResolver resolver = TerritoryResolver.of(agglomeration, List.of(), List.of(), List.of());

        assertThat(resolver.require("244400404")).isEqualTo(agglomeration.ref());
        assertThat(resolver.require("CARA")).isEqualTo(agglomeration.ref());
        assertThat(resolver.require("communaute d'agglomeration")).isEqualTo(agglomeration.ref());
        assertThat(resolver.canonicalName(agglomeration.ref())).contains("Communauté d’Agglomération");
        assertThat(resolver.canonicalName(TerritoryRef.quarter("x"))).isEmpty();
    }

    @Test
    void referenceTerritoriesResolveByLabel() {
        TerritoryResolver resolver = TerritoryResolver.builder()
                .reference("France métropolitaine, unités urbaines", "France métropolitaine")
                .build();

        assertThat(resolver.require("FRANCE METROPOLITAINE")).isEqualTo(
                TerritoryRef.reference("France métropolitaine, unités urbaines"));
    }

    @Test
    void resolvesQpvCodesOfBothGenerations() {
        Quarter quarter = Quarter.builder("q", "Quartier").code(QpvCode.parse("QN04499N"), QpvCode.parse("QP044099"))
                .commune(REZE).build();
        TerritoryResolver resolver = TerritoryResolver.builder().quarters(List.of(quarter)).build();

        assertThat(resolver.require("QP044099")).isEqualTo(quarter.ref());
        assertThat(resolver.require(" qn04499n ")).isEqualTo(quarter.ref());
    }

    private static Quarter watch(String id, String label, InseeCode commune) {
        return Quarter.builder(id, label).status(QuarterStatus.WATCH).commune(commune).build();
    }
}
