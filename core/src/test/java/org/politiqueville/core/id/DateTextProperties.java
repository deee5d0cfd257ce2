package org.politiqueville.core.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.politiqueville.core.validation.InvalidValueException;

/**
 * The hand-written text of dates and periods against the general forms they replace:
 * {@code String.format} for writing, the regular expression for reading.
 */
class DateTextProperties {

    private static final Pattern FORMAT = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

    @Property
    void formatIsStringFormat(@ForAll("components") int year, @ForAll("components") int month,
                              @ForAll("components") int day) {
        assertThat(ReducedDate.format(year, month, day)).isEqualTo(ReducedDate.formatted(year, month, day))
                .isEqualTo(stringFormat(year, month, day));
    }

    @Property
    void toStringIsStringFormat(@ForAll("dates") ReducedDate date) {
        assertThat(date.toString()).isEqualTo(stringFormat(date.year(), date.month(), date.day()));
    }

    @Property
    void periodToStringIsStartSlashEnd(@ForAll("periods") Period period) {
        String expected = period.isSingle() ? period.start().toString() : period.start() + "/" + period.end();
        assertThat(period.toString()).isEqualTo(expected);
    }

    @Property
    void parseReadsWhatTheRegularExpressionReads(@ForAll("dateLike") String text) {
        String trimmed = text.strip();
        Matcher matcher = FORMAT.matcher(trimmed);
        if (!matcher.matches()) {
            assertThatThrownBy(() -> ReducedDate.parse(text)).isInstanceOfSatisfying(InvalidValueException.class,
                    e -> {
                        assertThat(e.code()).isEqualTo(org.politiqueville.core.validation.ProblemCode.DATE_FORMAT);
                        assertThat(e.value()).isEqualTo(trimmed);
                    });
            return;
        }
        int year = Integer.parseInt(matcher.group(1));
        int month = matcher.group(2) == null ? 0 : Integer.parseInt(matcher.group(2));
        int day = matcher.group(3) == null ? 0 : Integer.parseInt(matcher.group(3));
        ReducedDate expected;
        try {
            if (year == 0 || (matcher.group(2) != null && month == 0) || (matcher.group(3) != null && day == 0)) {
                throw new InvalidValueException(org.politiqueville.core.validation.ProblemCode.DATE_INVALID, trimmed);
            }
            expected = new ReducedDate(year, month, day);
        } catch (InvalidValueException e) {
            assertThatThrownBy(() -> ReducedDate.parse(text)).isInstanceOfSatisfying(InvalidValueException.class,
                    thrown -> {
                        assertThat(thrown.code()).isEqualTo(e.code());
                        assertThat(thrown.value()).isEqualTo(e.value());
                    });
            return;
        }
        assertThat(ReducedDate.parse(text)).isEqualTo(expected);
    }

    private static String stringFormat(int year, int month, int day) {
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "%04d", year));
        if (month != 0) {
            text.append(String.format(Locale.ROOT, "-%02d", month));
            if (day != 0) {
                text.append(String.format(Locale.ROOT, "-%02d", day));
            }
        }
        return text.toString();
    }

    @Provide
    Arbitrary<Integer> components() {
        return Arbitraries.oneOf(Arbitraries.integers().between(-20, 120), Arbitraries.integers().between(0, 12_000),
                Arbitraries.integers(), Arbitraries.of(0, 9, 10, 99, 100, 999, 1000, 9999, 10_000, -1, -10, -100,
                        Integer.MIN_VALUE, Integer.MAX_VALUE));
    }

    @Provide
    Arbitrary<ReducedDate> dates() {
        return IdArbitraries.reducedDates();
    }

    @Provide
    Arbitrary<Period> periods() {
        return IdArbitraries.periods();
    }

    /** Texts close to dates: digits (ASCII and others), dashes, spaces, other characters. */
    @Provide
    Arbitrary<String> dateLike() {
        Arbitrary<String> near = Arbitraries.strings().withChars("0123456789-- /x\u0663\u00a0+").ofMaxLength(12);
        Arbitrary<String> valid = IdArbitraries.reducedDates().map(ReducedDate::toString);
        Arbitrary<String> mutated = Arbitraries.strings().withChars("0123456789").ofLength(10).map(digits ->
                digits.substring(0, 4) + "-" + digits.substring(5, 7) + "-" + digits.substring(8));
        return Arbitraries.oneOf(near, valid, mutated, valid.map(text -> " " + text + "\t"),
                IdArbitraries.anyText());
    }
}
