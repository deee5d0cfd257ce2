package org.politiqueville.core.id;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.politiqueville.core.validation.InvalidValueException;

class SirenProperties {

    @Property
    void toStringRoundTrips(@ForAll("valid") Siren value) {
        assertThat(Siren.parse(value.toString())).isEqualTo(value);
        assertThat(Siren.isValid(value.toString())).isTrue();
    }

    @Property
    void anyTextParsesOrThrowsInvalidValueException(@ForAll("anyText") String text) {
        try {
            Siren parsed = Siren.parse(text);
            assertThat(Siren.parse(parsed.toString())).isEqualTo(parsed);
        } catch (InvalidValueException expected) {
            assertThat(expected.code()).isNotNull();
        }
    }

    @Property
    void isValidAgreesWithParse(@ForAll("anyText") String text) {
        assertThat(Siren.isValid(text)).isEqualTo(parses(text));
    }

    @Property
    void generatedNumbersWithTheirLuhnDigitAreValid(@ForAll("eightDigits") String payload) {
        String siren = payload + IdArbitraries.luhnCheckDigit(payload);
        assertThat(Siren.isValid(siren)).isTrue();
        assertThat(Siren.parse(siren).value()).isEqualTo(siren);
    }

    @Property
    void anotherCheckDigitIsRejected(@ForAll("eightDigits") String payload,
                                     @ForAll @IntRange(min = 1, max = 9) int shift) {
        int wrong = (IdArbitraries.luhnCheckDigit(payload) + shift) % 10;
        assertThat(Siren.isValid(payload + wrong)).isFalse();
    }

    @Property
    void spacesBetweenGroupsAreIgnored(@ForAll("valid") Siren siren) {
        String v = siren.value();
        String spaced = v.substring(0, 3) + "\u00A0" + v.substring(3, 6) + "\u202F" + v.substring(6);
        assertThat(Siren.parse(spaced)).isEqualTo(siren);
    }

    @Provide
    Arbitrary<String> eightDigits() {
        return Arbitraries.strings().numeric().ofLength(8);
    }

    @Provide
    Arbitrary<Siren> valid() {
        return IdArbitraries.sirens();
    }

    @Provide
    Arbitrary<String> anyText() {
        return IdArbitraries.anyText();
    }

    private static boolean parses(String text) {
        try {
            Siren.parse(text);
            return true;
        } catch (InvalidValueException e) {
            return false;
        }
    }
}
