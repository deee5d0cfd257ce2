package org.politiqueville.core.id;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Year;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.politiqueville.core.validation.InvalidValueException;

class PeriodProperties {

    @Property
    void toStringRoundTrips(@ForAll("valid") Period value) {
        assertThat(Period.parse(value.toString())).isEqualTo(value);
        assertThat(Period.isValid(value.toString())).isTrue();
    }

    @Property
    void anyTextParsesOrThrowsInvalidValueException(@ForAll("anyText") String text) {
        try {
            Period parsed = Period.parse(text);
            assertThat(Period.parse(parsed.toString())).isEqualTo(parsed);
        } catch (InvalidValueException expected) {
            assertThat(expected.code()).isNotNull();
        }
    }

    @Property
    void isValidAgreesWithParse(@ForAll("anyText") String text) {
        assertThat(Period.isValid(text)).isEqualTo(parses(text));
    }

    @Property
    void overlapsIsSymmetricAndReflexive(@ForAll("valid") Period a, @ForAll("valid") Period b) {
        assertThat(a.overlaps(a)).isTrue();
        assertThat(a.overlaps(b)).isEqualTo(b.overlaps(a));
    }

    @Property
    void containsEveryYearBetweenItsEnds(@ForAll("valid") Period period) {
        assertThat(period.contains(Year.of(period.start().year()))).isTrue();
        assertThat(period.contains(Year.of(period.end().year()))).isTrue();
        assertThat(period.contains(period.firstDay())).isTrue();
        assertThat(period.contains(period.lastDay())).isTrue();
    }

    @Provide
    Arbitrary<Period> valid() {
        return IdArbitraries.periods();
    }

    @Provide
    Arbitrary<String> anyText() {
        return IdArbitraries.anyText();
    }

    private static boolean parses(String text) {
        try {
            Period.parse(text);
            return true;
        } catch (InvalidValueException e) {
            return false;
        }
    }
}
