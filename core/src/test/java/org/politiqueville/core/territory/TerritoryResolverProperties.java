package org.politiqueville.core.territory;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.politiqueville.core.id.QpvCode;
import org.politiqueville.core.sample.NantesMetropole;
import org.politiqueville.core.validation.InvalidValueException;

class TerritoryResolverProperties {

    private static final String DASHES = "-–—";

    private final TerritoryResolver nantes = NantesMetropole.resolver();

    @Property
    void anyNameOfASampleQuarterSpelledAnyWayFindsIt(
            @ForAll("sampleQuarters") Quarter quarter, @ForAll Random random, @ForAll boolean stripAccents) {
        String name = pick(namesOf(quarter), random);

        assertThat(nantes.resolve(respell(name, random, stripAccents)).territory()).contains(quarter.ref());
    }

    @Property(tries = 300)
    void anyNameOfAGeneratedQuarterSpelledAnyWayFindsIt(
            @ForAll("quarters") Quarter quarter, @ForAll("communeLists") List<Commune> communes,
            @ForAll Random random, @ForAll boolean stripAccents) {
        TerritoryResolver resolver = TerritoryResolver.builder().communes(communes).quarters(List.of(quarter)).build();
        String name = pick(namesOf(quarter), random);

        assertThat(resolver.resolve(respell(name, random, stripAccents)).territory()).contains(quarter.ref());
        assertThat(resolver.canonicalName(quarter.ref())).contains(quarter.label());
    }

    @Property(tries = 300)
    void anyNameOfAGeneratedDistrictSpelledAnyWayFindsIt(
            @ForAll("districts") District district, @ForAll Random random, @ForAll boolean stripAccents) {
        TerritoryResolver resolver = TerritoryResolver.builder().districts(List.of(district)).build();
        List<String> names = new ArrayList<>(district.aliases());
        names.add(district.id());
        names.add(district.name());

        assertThat(resolver.require(respell(pick(names, random), random, stripAccents))).isEqualTo(district.ref());
    }

    @Property
    void anyCommuneFoundByCodeOrName(@ForAll("communes") Commune commune, @ForAll Random random) {
        TerritoryResolver resolver = TerritoryResolver.builder().communes(List.of(commune)).build();

        assertThat(resolver.resolveCommune(commune.code().value())).isEqualTo(commune.code());
        assertThat(resolver.resolveCommune(respell(commune.name(), random, true))).isEqualTo(commune.code());
    }

    @Property
    void requireThrowsNothingButInvalidValueException(@ForAll("anyText") String text) {
        try {
            TerritoryRef ref = nantes.require(text);
            assertThat(nantes.canonicalName(ref)).isPresent();
        } catch (InvalidValueException expected) {
            assertThat(expected.code()).isNotNull();
        }
        try {
            nantes.resolveCommune(text);
        } catch (InvalidValueException expected) {
            assertThat(expected.code()).isNotNull();
        }
    }

    @Property
    void resolutionOfOneKindIsOfThatKind(@ForAll("anyText") String text, @ForAll TerritoryKind kind) {
        Resolution resolution = nantes.resolve(text, kind);

        assertThat(resolution.name()).isEqualTo(text);
        resolution.territory().ifPresent(ref -> assertThat(ref.kind()).isEqualTo(kind));
        if (resolution instanceof Resolution.Ambiguous ambiguous) {
            assertThat(ambiguous.candidates()).hasSizeGreaterThan(1).allMatch(ref -> ref.kind() == kind);
        }
    }

    @Provide
    Arbitrary<Quarter> sampleQuarters() {
        return Arbitraries.of(NantesMetropole.quarters());
    }

    @Provide
    Arbitrary<Quarter> quarters() {
        return TerritoryArbitraries.quarters();
    }

    @Provide
    Arbitrary<District> districts() {
        return TerritoryArbitraries.districts();
    }

    @Provide
    Arbitrary<Commune> communes() {
        return TerritoryArbitraries.communes();
    }

    @Provide
    Arbitrary<List<Commune>> communeLists() {
        return TerritoryArbitraries.communes().list().ofMaxSize(5);
    }

    @Provide
    Arbitrary<String> anyText() {
        Arbitrary<String> fragments = Arbitraries.oneOf(List.of(
                Arbitraries.strings().all().ofMaxLength(30),
                Arbitraries.strings().withChars("LeBrilNantsQN0441M -–—’'éÉ ").ofMaxLength(20),
                Arbitraries.of(NantesMetropole.quarters()).map(Quarter::label)));
        return fragments.list().ofMaxSize(3).map(parts -> String.join("", parts));
    }

    private static List<String> namesOf(Quarter quarter) {
        List<String> names = new ArrayList<>(quarter.aliases());
        names.add(quarter.id());
        names.add(quarter.label());
        quarter.codes().stream().map(QpvCode::value).forEach(names::add);
        return names;
    }

    private static String pick(List<String> names, Random random) {
        return names.get(random.nextInt(names.size()));
    }

    /**
     * Writes a name another way: random letter case, accents stripped or not, any dash for a dash,
     * and one to three spaces (or a dash) for a space.
     */
    private static String respell(String name, Random random, boolean stripAccents) {
        String base = stripAccents
                ? Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
                : name;
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < base.length(); i++) {
            char c = base.charAt(i);
            if (DASHES.indexOf(c) >= 0) {
                out.append(DASHES.charAt(random.nextInt(DASHES.length())));
            } else if (c == ' ') {
                out.append(random.nextInt(4) == 0 ? "-" : " ".repeat(1 + random.nextInt(3)));
            } else {
                String letter = String.valueOf(c);
                out.append(random.nextBoolean() ? letter.toUpperCase(Locale.ROOT) : letter.toLowerCase(Locale.ROOT));
            }
        }
        return random.nextBoolean() ? out.toString() : "  " + out + " ";
    }
}
