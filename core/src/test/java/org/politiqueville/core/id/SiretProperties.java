package org.politiqueville.core.id;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.politiqueville.core.validation.InvalidValueException;

class SiretProperties {

    @Property
    void toStringRoundTrips(@ForAll("valid") Siret value) {
        assertThat(Siret.parse(value.toString())).isEqualTo(value);
        assertThat(Siret.isValid(value.toString())).isTrue();
    }

    @Property
    void anyTextParsesOrThrowsInvalidValueException(@ForAll("anyText") String text) {
        try {
            Siret parsed = Siret.parse(text);
            assertThat(Siret.parse(parsed.toString())).isEqualTo(parsed);
        } catch (InvalidValueException expected) {
            assertThat(expected.code()).isNotNull();
        }
    }

    @Property
    void isValidAgreesWithParse(@ForAll("anyText") String text) {
        assertThat(Siret.isValid(text)).isEqualTo(parses(text));
    }

    @Property
    void generatedNumbersWithTheirLuhnDigitAreValid(@ForAll("thirteenDigits") String payload) {
        String siret = payload + IdArbitraries.luhnCheckDigit(payload);
        assertThat(Siret.isValid(siret)).isTrue();
        assertThat(Siret.parse(siret).value()).isEqualTo(siret);
        assertThat(Siret.parse(siret).nic()).isEqualTo(siret.substring(9));
    }

    @Property
    void anotherCheckDigitIsRejectedOutsideLaPoste(@ForAll("thirteenDigits") String payload,
                                                   @ForAll @IntRange(min = 1, max = 9)
                                                   int shift) {
        Assume.that(!payload.startsWith("356000000"));
        int wrong = (IdArbitraries.luhnCheckDigit(payload) + shift) % 10;
        assertThat(Siret.isValid(payload + wrong)).isFalse();
    }

    @Property
    void laPosteSiretsFollowTheDigitSumRule(@ForAll("fourDigits") String nic,
                                            @ForAll @IntRange(max = 9) int last) {
        String siret = "356000000" + nic + last;
        int sum = siret.chars().map(c -> c - '0').sum();
        assertThat(Siret.isValid(siret)).isEqualTo(sum % 5 == 0 || Digits.passesLuhn(siret));
    }

    @Provide
    Arbitrary<String> thirteenDigits() {
        return Arbitraries.strings().numeric().ofLength(13);
    }

    @Provide
    Arbitrary<String> fourDigits() {
        return Arbitraries.strings().numeric().ofLength(4);
    }

    @Provide
    Arbitrary<Siret> valid() {
        return IdArbitraries.sirets();
    }

    @Provide
    Arbitrary<String> anyText() {
        return IdArbitraries.anyText();
    }

    private static boolean parses(String text) {
        try {
            Siret.parse(text);
            return true;
        } catch (InvalidValueException e) {
            return false;
        }
    }
}
