package org.politiqueville.core.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.politiqueville.core.validation.InvalidValueException;

/** The table-driven text of territory references against the plain forms they replace. */
class TerritoryRefTextProperties {

    @Property
    void toStringIsLowerCaseKindColonId(@ForAll TerritoryKind kind, @ForAll("ids") String id) {
        TerritoryRef ref = new TerritoryRef(kind, id);
        assertThat(ref.toString()).isEqualTo(kind.name().toLowerCase(Locale.ROOT) + ":" + id);
    }

    @Property
    void parseReadsWhatTheSubstringComparisonReads(@ForAll("refLike") String text) {
        TerritoryRef expected = reference(text);
        if (expected == null) {
            assertThatThrownBy(() -> TerritoryRef.parse(text)).isInstanceOf(InvalidValueException.class);
        } else {
            assertThat(TerritoryRef.parse(text)).isEqualTo(expected);
        }
    }

    /** The previous implementation of {@link TerritoryRef#parse}; null where it threw. */
    private static TerritoryRef reference(String raw) {
        int colon = raw.indexOf(':');
        if (colon > 0) {
            for (TerritoryKind kind : TerritoryKind.values()) {
                if (kind.name().equalsIgnoreCase(raw.substring(0, colon)) && colon < raw.length() - 1) {
                    try {
                        return new TerritoryRef(kind, raw.substring(colon + 1));
                    } catch (InvalidValueException blank) {
                        return null;
                    }
                }
            }
        }
        return null;
    }

    @Provide
    Arbitrary<String> ids() {
        return Arbitraries.strings().ofMinLength(1).ofMaxLength(12).filter(id -> !id.isBlank());
    }

    @Provide
    Arbitrary<String> refLike() {
        Arbitrary<String> kinds = Arbitraries.of("quarter", "QUARTER", "Quarter", "district", "commune", "COMMUNE",
                "agglomeration", "reference", "quartier", "quarte", "", "ı", "K", "\u212a");
        Arbitrary<String> rest = Arbitraries.strings().withChars("ab:1 \u00e9\u0130").ofMaxLength(6);
        return Arbitraries.oneOf(kinds.flatMap(kind -> rest.map(id -> kind + ":" + id)),
                Arbitraries.strings().ofMaxLength(15));
    }
}
