package org.politiqueville.core.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.time.api.Dates;
import org.politiqueville.core.id.ReducedDate;
import org.politiqueville.core.validation.InvalidValueException;

class FrenchValuesProperties {

    @Property
    void readsBackANumberWrittenTheFrenchWay(@ForAll("decimals") BigDecimal value,
                                              @ForAll("separators") char separator) {
        assertThat(FrenchValues.parseDecimal(ExchangeArbitraries.french(value, separator))).isEqualTo(value);
    }

    @Property
    void readsBackANumberWrittenTheInternationalWay(@ForAll("decimals") BigDecimal value) {
        assertThat(FrenchValues.parseDecimal(value.toPlainString())).isEqualTo(value);
    }

    /**
     * Leading zeros move a number between the two ways it is read (into a {@code long} up to 18
     * characters, through {@code BigDecimal}'s parser beyond): both give the same value and scale.
     */
    @Property
    void readsTheSameNumberWhateverItsLength(@ForAll("decimals") BigDecimal value,
                                              @ForAll @IntRange(min = 0, max = 24) int zeros,
                                              @ForAll boolean comma) {
        String digits = value.abs().toPlainString();
        String text = (value.signum() < 0 ? "-" : "") + "0".repeat(zeros) + (comma ? digits.replace('.', ',') : digits);
        assertThat(FrenchValues.parseDecimal(text)).isEqualTo(value);
        assertThat(FrenchValues.parseDecimal(text + "\u00A0%")).isEqualTo(value);
    }

    @Property
    void readsBackAWholeNumberWithItsUnit(@ForAll long value, @ForAll("separators") char separator) {
        String text = ExchangeArbitraries.french(BigDecimal.valueOf(value), separator) + " €";
        assertThat(FrenchValues.parseInteger(text)).isEqualTo(value);
    }

    @Property
    void readsBackAFrenchDate(@ForAll("days") ReducedDate date) {
        String french = String.format("%02d/%02d/%04d", date.day(), date.month(), date.year());
        assertThat(FrenchValues.parseDate(french)).isEqualTo(date);
        assertThat(FrenchValues.parseDate(date.toString())).isEqualTo(date);
    }

    @Property
    void throwsNothingButInvalidValueException(@ForAll("cells") String text) {
        expectOnlyInvalidValue(() -> FrenchValues.parseDecimal(text));
        expectOnlyInvalidValue(() -> FrenchValues.parseInteger(text));
        expectOnlyInvalidValue(() -> FrenchValues.parseDate(text));
        expectOnlyInvalidValue(() -> FrenchValues.parsePeriod(text));
        expectOnlyInvalidValue(() -> FrenchValues.parseBoolean(text));
        FrenchValues.marker(text);
        FrenchValues.splitList(text).forEach(item -> assertThat(item).isNotBlank());
        FrenchValues.isPriorityWord(text);
        FrenchValues.isWatchWord(text);
    }

    @Property
    void agreesWithIsDecimal(@ForAll("cells") String text) {
        boolean parsed;
        try {
            FrenchValues.parseDecimal(text);
            parsed = true;
        } catch (InvalidValueException e) {
            parsed = false;
        }
        assertThat(FrenchValues.isDecimal(text)).isEqualTo(parsed);
    }

    @Property
    void neverReadsAMarkerAsANumber(@ForAll("cells") String text) {
        if (FrenchValues.marker(text).isPresent()) {
            assertThat(FrenchValues.isDecimal(text)).isFalse();
        }
    }

    private static void expectOnlyInvalidValue(Runnable parse) {
        try {
            parse.run();
        } catch (InvalidValueException expected) {
            assertThat(expected.code()).isNotNull();
        }
    }

    @Provide
    Arbitrary<BigDecimal> decimals() {
        return ExchangeArbitraries.decimals();
    }

    @Provide
    Arbitrary<Character> separators() {
        return ExchangeArbitraries.thousandsSeparators();
    }

    @Provide
    Arbitrary<String> cells() {
        return ExchangeArbitraries.cellLikeStrings();
    }

    @Provide
    Arbitrary<ReducedDate> days() {
        return Dates.dates().yearBetween(1, 9999).map(ReducedDate::of);
    }
}
