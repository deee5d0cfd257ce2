package org.politiqueville.core.id;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.politiqueville.core.validation.InvalidValueException;

class QpvCodeProperties {

    @Property
    void toStringRoundTrips(@ForAll("valid") QpvCode value) {
        assertThat(QpvCode.parse(value.toString())).isEqualTo(value);
        assertThat(QpvCode.isValid(value.toString())).isTrue();
    }

    @Property
    void anyTextParsesOrThrowsInvalidValueException(@ForAll("anyText") String text) {
        try {
            QpvCode parsed = QpvCode.parse(text);
            assertThat(QpvCode.parse(parsed.toString())).isEqualTo(parsed);
        } catch (InvalidValueException expected) {
            assertThat(expected.code()).isNotNull();
        }
    }

    @Property
    void isValidAgreesWithParse(@ForAll("anyText") String text) {
        assertThat(QpvCode.isValid(text)).isEqualTo(parses(text));
    }

    @Property
    void generationAndDepartementComeFromTheCode(@ForAll("valid") QpvCode code) {
        assertThat(code.value()).startsWith(code.generation().prefix() + code.departement());
    }

    @Property
    void codesOfThe2015ListRoundTrip(@ForAll("list2015") QpvCode code) {
        assertThat(QpvCode.parse(code.toString().toLowerCase(Locale.ROOT))).isEqualTo(code);
        assertThat(code.generation()).isEqualTo(QpvGeneration.LIST_2015);
    }

    @Property
    void codesOfThe2024ListRoundTrip(@ForAll("list2024") QpvCode code) {
        assertThat(QpvCode.parse(" " + code + " ")).isEqualTo(code);
        assertThat(code.generation()).isEqualTo(QpvGeneration.LIST_2024);
    }

    @Provide
    Arbitrary<QpvCode> list2015() {
        return IdArbitraries.qpvCodes2015();
    }

    @Provide
    Arbitrary<QpvCode> list2024() {
        return IdArbitraries.qpvCodes2024();
    }

    @Provide
    Arbitrary<QpvCode> valid() {
        return IdArbitraries.qpvCodes();
    }

    @Provide
    Arbitrary<String> anyText() {
        return IdArbitraries.anyText();
    }

    private static boolean parses(String text) {
        try {
            QpvCode.parse(text);
            return true;
        } catch (InvalidValueException e) {
            return false;
        }
    }
}
