package org.politiqueville.core.id;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.politiqueville.core.validation.InvalidValueException;

class RnaNumberProperties {

    @Property
    void toStringRoundTrips(@ForAll("valid") RnaNumber value) {
        assertThat(RnaNumber.parse(value.toString())).isEqualTo(value);
        assertThat(RnaNumber.isValid(value.toString())).isTrue();
    }

    @Property
    void anyTextParsesOrThrowsInvalidValueException(@ForAll("anyText") String text) {
        try {
            RnaNumber parsed = RnaNumber.parse(text);
            assertThat(RnaNumber.parse(parsed.toString())).isEqualTo(parsed);
        } catch (InvalidValueException expected) {
            assertThat(expected.code()).isNotNull();
        }
    }

    @Property
    void isValidAgreesWithParse(@ForAll("anyText") String text) {
        assertThat(RnaNumber.isValid(text)).isEqualTo(parses(text));
    }

    @Provide
    Arbitrary<RnaNumber> valid() {
        return IdArbitraries.rnaNumbers();
    }

    @Provide
    Arbitrary<String> anyText() {
        return IdArbitraries.anyText();
    }

    private static boolean parses(String text) {
        try {
            RnaNumber.parse(text);
            return true;
        } catch (InvalidValueException e) {
            return false;
        }
    }
}
