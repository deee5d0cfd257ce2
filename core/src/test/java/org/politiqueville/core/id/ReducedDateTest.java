package org.politiqueville.core.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.politiqueville.core.validation.InvalidValueException;
import org.politiqueville.core.validation.ProblemCode;

class ReducedDateTest {

    @Test
    void readsTheThreePrecisions() {
        assertThat(ReducedDate.parse("2017").precision()).isEqualTo(DatePrecision.YEAR);
        assertThat(ReducedDate.parse("2017-03").precision()).isEqualTo(DatePrecision.MONTH);
        assertThat(ReducedDate.parse(" 2017-03-14 ")).isEqualTo(ReducedDate.of(LocalDate.of(2017, 3, 14)));
    }

    @Test
    void knowsItsFirstAndLastDay() {
        assertThat(ReducedDate.parse("2016").lastDay()).isEqualTo(LocalDate.of(2016, 12, 31));
        assertThat(ReducedDate.parse("2016-02").firstDay()).isEqualTo(LocalDate.of(2016, 2, 1));
        assertThat(ReducedDate.parse("2016-02").lastDay()).isEqualTo(LocalDate.of(2016, 2, 29));
        assertThat(ReducedDate.parse("2016-02").isBefore(ReducedDate.parse("2016-03-01"))).isTrue();
        assertThat(ReducedDate.parse("2016").isBefore(ReducedDate.parse("2016-03"))).isFalse();
    }

    @Test
    void ordersByFirstDayThenPrecision() {
        assertThat(ReducedDate.parse("2017")).isLessThan(ReducedDate.parse("2017-01"));
        assertThat(ReducedDate.parse("2017-01")).isLessThan(ReducedDate.parse("2017-01-01"));
        assertThat(ReducedDate.parse("2017-01-01")).isLessThan(ReducedDate.parse("2017-01-02"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2021-02-31", "2021-13", "2021-00", "2021-04-31", "0000", "2021-01-00", "2023-02-29"})
    void rejectsDatesThatDoNotExist(String text) {
        assertRejected(text, ProblemCode.DATE_INVALID);
    }

    @ParameterizedTest
    @ValueSource(strings = {"21", "", "2021-1", "2021-01-1", "20210", "2021/01", "14/03/2017", "2021-01-01T00:00"})
    void rejectsWrongForms(String text) {
        assertRejected(text, ProblemCode.DATE_FORMAT);
    }

    @Test
    void acceptsTheLeapDay() {
        assertThat(ReducedDate.isValid("2024-02-29")).isTrue();
    }

    @Test
    void writesAsciiDigitsWhateverTheDefaultLocale() {
        Locale saved = Locale.getDefault();
        try {
            for (String tag : new String[] {"ar-EG", "th-TH-u-nu-thai", "hi-IN-u-nu-deva"}) {
                Locale.setDefault(Locale.forLanguageTag(tag));
                ReducedDate date = ReducedDate.parse("2017-03-14");
                assertThat(date.toString()).as(tag).isEqualTo("2017-03-14");
                assertThat(ReducedDate.parse(date.toString())).isEqualTo(date);
            }
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void constructorRejectsComponentsOutOfRange() {
        assertThatThrownBy(() -> new ReducedDate(0, 0, 0)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> new ReducedDate(2017, 0, 5)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> ReducedDate.ofMonth(2017, 0)).isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> ReducedDate.ofYear(10_000)).isInstanceOf(InvalidValueException.class);
    }

    private static void assertRejected(String text, ProblemCode code) {
        assertThatThrownBy(() -> ReducedDate.parse(text))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo(code));
        assertThat(ReducedDate.isValid(text)).isFalse();
    }
}
