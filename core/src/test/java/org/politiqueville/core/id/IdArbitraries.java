package org.politiqueville.core.id;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.politiqueville.core.territory.TerritoryKind;
import org.politiqueville.core.territory.TerritoryRef;

/**
 * jqwik generators of valid identifiers and time values, for this module's properties and the
 * adapter modules' round-trip properties (shipped in the core test-jar).
 *
 * <p>Every method returns only values that the type's constructor accepts; {@link #anyText()} is the
 * exception, meant for robustness properties.
 */
// Tests compile inside the core module, whose exported package here would expose jqwik's types;
// this class is only shipped in the test-jar, for tests on the class path.
@SuppressWarnings("exports")
public final class IdArbitraries {

    private static final List<String> DEPARTEMENTS_2015 = departements(false);
    private static final List<String> DEPARTEMENTS_2024 = departements(true);

    private IdArbitraries() {
    }

    /**
     * INSEE commune codes: two digits or {@code 2A}/{@code 2B}, then three digits (overseas
     * {@code 97x} codes included).
     *
     * @return the generator, not null
     */
    public static Arbitrary<InseeCode> inseeCodes() {
        Arbitrary<String> departement = Arbitraries.frequencyOf(
                Tuple.of(9, Arbitraries.integers().between(0, 99).map(n -> pad(n, 2))),
                Tuple.of(1, Arbitraries.of("2A", "2B")));
        return Combinators.combine(departement, Arbitraries.integers().between(0, 999))
                .as((dep, number) -> new InseeCode(dep + pad(number, 3)));
    }

    /**
     * QPV codes of the 2015–2023 list: {@code QP} + an existing département + three digits.
     *
     * @return the generator, not null
     */
    public static Arbitrary<QpvCode> qpvCodes2015() {
        return Combinators.combine(Arbitraries.of(DEPARTEMENTS_2015), Arbitraries.integers().between(0, 999))
                .as((dep, number) -> new QpvCode("QP" + dep + pad(number, 3)));
    }

    /**
     * QPV codes of the list in force since 2024: {@code QN} + an existing département + two digits +
     * one of {@code M}, {@code I}, {@code N}, {@code C}.
     *
     * @return the generator, not null
     */
    public static Arbitrary<QpvCode> qpvCodes2024() {
        return Combinators.combine(Arbitraries.of(DEPARTEMENTS_2024), Arbitraries.integers().between(0, 99),
                        Arbitraries.of('M', 'I', 'N', 'C'))
                .as((dep, number, letter) -> new QpvCode("QN" + dep + pad(number, 2) + letter));
    }

    /**
     * QPV codes of either generation.
     *
     * @return the generator, not null
     */
    public static Arbitrary<QpvCode> qpvCodes() {
        return Arbitraries.oneOf(qpvCodes2015(), qpvCodes2024());
    }

    /**
     * SIRENs: eight random digits and their Luhn check digit.
     *
     * @return the generator, not null
     */
    public static Arbitrary<Siren> sirens() {
        return digits(8).map(payload -> new Siren(payload + luhnCheckDigit(payload)));
    }

    /**
     * SIRETs: mostly thirteen random digits and their Luhn check digit, sometimes a La Poste SIRET
     * ({@code 356000000} + a number whose digit sum makes the total a multiple of 5).
     *
     * @return the generator, not null
     */
    public static Arbitrary<Siret> sirets() {
        Arbitrary<Siret> luhn = digits(13).map(payload -> new Siret(payload + luhnCheckDigit(payload)));
        Arbitrary<Siret> laPoste = Combinators.combine(digits(4), Arbitraries.of(0, 5)).as((nic, offset) -> {
            String payload = "356000000" + nic;
            int last = (10 - digitSum(payload) % 5) % 5 + offset;
            return new Siret(payload + last);
        });
        return Arbitraries.frequencyOf(Tuple.of(9, luhn), Tuple.of(1, laPoste));
    }

    /**
     * RNA association numbers: {@code W}, a digit, a digit or capital letter, seven digits.
     *
     * @return the generator, not null
     */
    public static Arbitrary<RnaNumber> rnaNumbers() {
        Arbitrary<Character> third = Arbitraries.frequencyOf(
                Tuple.of(4, Arbitraries.chars().numeric()),
                Tuple.of(1, Arbitraries.chars().range('A', 'Z')));
        return Combinators.combine(digits(1), third, digits(7))
                .as((second, letter, rest) -> new RnaNumber("W" + second + letter + rest));
    }

    /**
     * Reduced dates of every precision, years 1 to 9999 (mostly around the contracts' years).
     *
     * @return the generator, not null
     */
    public static Arbitrary<ReducedDate> reducedDates() {
        Arbitrary<Integer> years = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.integers().between(1990, 2040)),
                Tuple.of(1, Arbitraries.integers().between(1, 9999)));
        Arbitrary<ReducedDate> ofYear = years.map(ReducedDate::ofYear);
        Arbitrary<ReducedDate> ofMonth = Combinators.combine(years, Arbitraries.integers().between(1, 12))
                .as(ReducedDate::ofMonth);
        Arbitrary<ReducedDate> ofDay = Combinators.combine(years, Arbitraries.integers().between(0, 365))
                .as((year, days) -> LocalDate.of(year, 1, 1).plusDays(days))
                .filter(date -> date.getYear() <= 9999)
                .map(ReducedDate::of);
        return Arbitraries.oneOf(ofYear, ofMonth, ofDay);
    }

    /**
     * Periods: single dates and ranges whose end does not come before their start.
     *
     * @return the generator, not null
     */
    public static Arbitrary<Period> periods() {
        Arbitrary<Period> single = reducedDates().map(date -> Period.of(date, date));
        Arbitrary<Period> range = Combinators.combine(reducedDates(), reducedDates())
                .as((a, b) -> b.isBefore(a) ? Period.of(b, a) : Period.of(a, b));
        Arbitrary<Period> years = Combinators.combine(Arbitraries.integers().between(2000, 2030),
                        Arbitraries.integers().between(0, 10))
                .as((start, length) -> Period.ofYears(start, start + length));
        return Arbitraries.oneOf(single, range, years);
    }

    /**
     * Territory references of every kind with short, readable ids (letters, digits, dashes,
     * accents, inner spaces).
     *
     * @return the generator, not null
     */
    public static Arbitrary<TerritoryRef> territoryRefs() {
        Arbitrary<String> ids = Arbitraries.strings().alpha().numeric().withChars('-', '_', 'é', 'è', 'ç', ' ')
                .ofMinLength(1).ofMaxLength(30)
                .map(String::strip)
                .filter(id -> !id.isEmpty());
        return Combinators.combine(Arbitraries.of(TerritoryKind.class), ids).as(TerritoryRef::new);
    }

    /**
     * Any text at all, valid or not, for properties that every input must satisfy: short and very
     * long strings over the whole Basic Multilingual Plane, whitespace of every kind, and
     * identifier-like strings of digits and capital letters that sometimes happen to be valid.
     *
     * @return the generator, not null
     */
    public static Arbitrary<String> anyText() {
        Arbitrary<String> unicode = Arbitraries.strings().all().ofMaxLength(40);
        Arbitrary<String> veryLong = Arbitraries.strings().all().ofMinLength(1_000).ofMaxLength(5_000);
        Arbitrary<String> spaces = Arbitraries.strings().whitespace().withChars('\u00A0', '\u202F', '\u2007')
                .ofMaxLength(10);
        Arbitrary<String> idLike = Arbitraries.strings().numeric().withChars("QPNWMICAB2-/ \u00A0\u202F")
                .ofMaxLength(16);
        Arbitrary<String> nearValid = Arbitraries.oneOf(
                        inseeCodes().map(Object::toString), qpvCodes().map(Object::toString),
                        sirens().map(Object::toString), sirets().map(Object::toString),
                        rnaNumbers().map(Object::toString), periods().map(Object::toString))
                .flatMap(IdArbitraries::mutate);
        return Arbitraries.frequencyOf(
                Tuple.of(4, unicode),
                Tuple.of(1, veryLong),
                Tuple.of(1, spaces),
                Tuple.of(3, idLike),
                Tuple.of(4, nearValid));
    }

    /**
     * The Luhn check digit that makes {@code payload + digit} pass the Luhn check.
     *
     * @param payload ASCII digits
     * @return the check digit, 0 to 9
     */
    public static int luhnCheckDigit(String payload) {
        int sum = 0;
        // The check digit will sit rightmost, undoubled, so the payload's last digit is doubled.
        boolean doubled = true;
        for (int i = payload.length() - 1; i >= 0; i--) {
            int digit = payload.charAt(i) - '0';
            if (doubled) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
            doubled = !doubled;
        }
        return (10 - sum % 10) % 10;
    }

    private static Arbitrary<String> mutate(String valid) {
        Arbitrary<Integer> position = Arbitraries.integers().between(0, valid.length());
        Arbitrary<Character> character = Arbitraries.oneOf(Arbitraries.chars().numeric(),
                Arbitraries.chars().range('A', 'Z'), Arbitraries.of(' ', '\u00A0', '/', 'a', 'é'));
        return Arbitraries.oneOf(
                Arbitraries.just(valid),
                Arbitraries.just(valid.toLowerCase(Locale.ROOT)),
                Combinators.combine(position, character)
                        .as((at, c) -> valid.substring(0, at) + c + valid.substring(at)),
                position.filter(at -> at < valid.length())
                        .map(at -> valid.substring(0, at) + valid.substring(at + 1)),
                Combinators.combine(position.filter(at -> at < valid.length()), character)
                        .as((at, c) -> valid.substring(0, at) + c + valid.substring(at + 1)));
    }

    private static Arbitrary<String> digits(int count) {
        return Arbitraries.strings().numeric().ofLength(count);
    }

    private static int digitSum(String digits) {
        return digits.chars().map(c -> c - '0').sum();
    }

    private static String pad(int number, int width) {
        return String.format(Locale.ROOT, "%0" + width + "d", number);
    }

    private static List<String> departements(boolean list2024) {
        List<String> result = new ArrayList<>();
        for (int n = 1; n <= 95; n++) {
            if (n != 20) {
                result.add(pad(n, 3));
            }
        }
        result.add("02A");
        result.add("02B");
        for (int n = 971; n <= 976; n++) {
            if (!list2024 || n != 975) {
                result.add(String.valueOf(n));
            }
        }
        if (list2024) {
            result.add("978");
            result.add("987");
        }
        return List.copyOf(result);
    }
}
