package org.politiqueville.core.id;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.politiqueville.core.validation.InvalidValueException;

class ReducedDateProperties {

    @Property
    void toStringRoundTrips(@ForAll("valid") ReducedDate value) {
        assertThat(ReducedDate.parse(value.toString())).isEqualTo(value);
        assertThat(ReducedDate.isValid(value.toString())).isTrue();
    }

    @Property
    void anyTextParsesOrThrowsInvalidValueException(@ForAll("anyText") String text) {
        try {
            ReducedDate parsed = ReducedDate.parse(text);
            assertThat(ReducedDate.parse(parsed.toString())).isEqualTo(parsed);
        } catch (InvalidValueException expected) {
            assertThat(expected.code()).isNotNull();
        }
    }

    @Property
    void isValidAgreesWithParse(@ForAll("anyText") String text) {
        assertThat(ReducedDate.isValid(text)).isEqualTo(parses(text));
    }

    @Property
    void firstDayIsNeverAfterLastDay(@ForAll("valid") ReducedDate date) {
        assertThat(date.firstDay()).isBeforeOrEqualTo(date.lastDay());
        assertThat(ReducedDate.of(date.firstDay()).compareTo(date)).isGreaterThanOrEqualTo(0);
    }

    @Provide
    Arbitrary<ReducedDate> valid() {
        return IdArbitraries.reducedDates();
    }

    @Provide
    Arbitrary<String> anyText() {
        return IdArbitraries.anyText();
    }

    private static boolean parses(String text) {
        try {
            ReducedDate.parse(text);
            return true;
        } catch (InvalidValueException e) {
            return false;
        }
    }
}
