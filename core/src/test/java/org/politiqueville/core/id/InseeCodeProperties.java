package org.politiqueville.core.id;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.politiqueville.core.validation.InvalidValueException;

class InseeCodeProperties {

    @Property
    void toStringRoundTrips(@ForAll("valid") InseeCode value) {
        assertThat(InseeCode.parse(value.toString())).isEqualTo(value);
        assertThat(InseeCode.isValid(value.toString())).isTrue();
    }

    @Property
    void anyTextParsesOrThrowsInvalidValueException(@ForAll("anyText") String text) {
        try {
            InseeCode parsed = InseeCode.parse(text);
            assertThat(InseeCode.parse(parsed.toString())).isEqualTo(parsed);
        } catch (InvalidValueException expected) {
            assertThat(expected.code()).isNotNull();
        }
    }

    @Property
    void isValidAgreesWithParse(@ForAll("anyText") String text) {
        assertThat(InseeCode.isValid(text)).isEqualTo(parses(text));
    }

    @Property
    void lenientParseAgreesWithParseOnValidCodes(@ForAll("valid") InseeCode code) {
        assertThat(InseeCode.parseLenient(code.toString())).isEqualTo(code);
    }

    @Property
    void lenientParseRestoresTheZeroThatANumberLost(@ForAll("valid") InseeCode code) {
        String asNumber = code.value().startsWith("0") ? code.value().substring(1) : code.value();
        assertThat(InseeCode.parseLenient(asNumber)).isEqualTo(code);
    }

    @Provide
    Arbitrary<InseeCode> valid() {
        return IdArbitraries.inseeCodes();
    }

    @Provide
    Arbitrary<String> anyText() {
        return IdArbitraries.anyText();
    }

    private static boolean parses(String text) {
        try {
            InseeCode.parse(text);
            return true;
        } catch (InvalidValueException e) {
            return false;
        }
    }
}
