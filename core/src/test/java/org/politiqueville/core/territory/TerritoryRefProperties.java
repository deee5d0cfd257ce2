package org.politiqueville.core.territory;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.politiqueville.core.id.IdArbitraries;
import org.politiqueville.core.validation.InvalidValueException;

class TerritoryRefProperties {

    @Property
    void toStringRoundTrips(@ForAll("valid") TerritoryRef ref) {
        assertThat(TerritoryRef.parse(ref.toString())).isEqualTo(ref);
    }

    @Property
    void anyIdRoundTrips(@ForAll("anyKind") TerritoryKind kind, @ForAll("anyText") String id) {
        Assume.that(!id.isBlank());
        TerritoryRef ref = new TerritoryRef(kind, id);
        assertThat(TerritoryRef.parse(ref.toString())).isEqualTo(ref);
    }

    @Property
    void anyTextParsesOrThrowsInvalidValueException(@ForAll("anyRefText") String text) {
        try {
            TerritoryRef ref = TerritoryRef.parse(text);
            assertThat(TerritoryRef.parse(ref.toString())).isEqualTo(ref);
        } catch (InvalidValueException expected) {
            assertThat(expected.code()).isNotNull();
        }
    }

    @Provide
    Arbitrary<TerritoryRef> valid() {
        return IdArbitraries.territoryRefs();
    }

    @Provide
    Arbitrary<TerritoryKind> anyKind() {
        return Arbitraries.of(TerritoryKind.class);
    }

    @Provide
    Arbitrary<String> anyText() {
        return IdArbitraries.anyText();
    }

    @Provide
    Arbitrary<String> anyRefText() {
        Arbitrary<String> prefixes = Arbitraries.of("quarter:", "QUARTER:", "commune:", "reference:", "town:", ":",
                "district", "");
        return Arbitraries.oneOf(IdArbitraries.anyText(),
                Combinators.combine(prefixes, IdArbitraries.anyText()).as(String::concat));
    }
}
