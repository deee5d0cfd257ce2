package org.politiqueville.core.exchange;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.politiqueville.core.validation.Location;
import org.politiqueville.core.validation.Problem;
import org.politiqueville.core.validation.ProblemCode;
import org.politiqueville.core.validation.Severity;

/**
 * jqwik generators for the exchange package: numbers written the French way, problems with
 * locations, and import reports. Shared with the adapter modules' round-trip properties.
 */
// Tests compile inside the core module, whose descriptor does not (and must not) require jqwik.
@SuppressWarnings("exports")
public final class ExchangeArbitraries {

    private ExchangeArbitraries() {
    }

    /**
     * Decimal numbers with a non-negative scale (so that they can be written without an exponent).
     *
     * @return numbers from about -10^15 to 10^15 with 0 to 6 decimals
     */
    public static Arbitrary<BigDecimal> decimals() {
        return Combinators.combine(
                        Arbitraries.bigIntegers().between(BigInteger.TEN.pow(21).negate(), BigInteger.TEN.pow(21)),
                        Arbitraries.integers().between(0, 6))
                .as(BigDecimal::new);
    }

    /**
     * A number written as a French spreadsheet writes it: decimal comma, thousands grouped by the
     * given separator (U+202F, U+00A0 or a space), minus sign {@code -}.
     *
     * @param value     the number, with a non-negative scale, not null
     * @param separator the thousands separator
     * @return the text
     */
    public static String french(BigDecimal value, char separator) {
        String plain = value.abs().toPlainString();
        int point = plain.indexOf('.');
        String integer = point < 0 ? plain : plain.substring(0, point);
        StringBuilder text = new StringBuilder(value.signum() < 0 ? "-" : "");
        for (int i = 0; i < integer.length(); i++) {
            if (i > 0 && (integer.length() - i) % 3 == 0) {
                text.append(separator);
            }
            text.append(integer.charAt(i));
        }
        if (point >= 0) {
            text.append(',').append(plain, point + 1, plain.length());
        }
        return text.toString();
    }

    /**
     * Thousands separators French files use.
     *
     * @return U+202F, U+00A0 or a space
     */
    public static Arbitrary<Character> thousandsSeparators() {
        return Arbitraries.of('\u202F', '\u00A0', ' ');
    }

    /**
     * Texts mixing the characters numbers, dates and markers are made of with any others, to try
     * the parsers on near misses.
     *
     * @return strings of up to 20 characters
     */
    public static Arbitrary<String> cellLikeStrings() {
        return Arbitraries.oneOf(
                Arbitraries.strings().withChars("0123456789,.-+ /%€\u00A0\u202F\u2212eEàaoOnNsdx").ofMaxLength(20),
                Arbitraries.strings().all().ofMaxLength(20));
    }

    /**
     * Problems of any code and severity, located in a cell or at a JSON pointer, with values
     * holding quotes, separators and control characters.
     *
     * @return problems
     */
    public static Arbitrary<Problem> problems() {
        Arbitrary<String> texts = Arbitraries.oneOf(
                Arbitraries.strings().withChars("aé\",;\n\r\t\\=+-@'\u2028\u0000\u001F").ofMaxLength(12),
                Arbitraries.strings().all().ofMaxLength(12));
        Arbitrary<Location> cells = Combinators.combine(texts, Arbitraries.longs().between(0, 100_000),
                Arbitraries.integers().between(0, 50), texts).as(Location::ofCell);
        Arbitrary<Location> pointers = texts.map(pointer -> Location.ofPointer("contract.json", "/" + pointer, 0, 0));
        return Combinators.combine(Arbitraries.of(Severity.class), Arbitraries.of(ProblemCode.class), texts,
                        texts.injectNull(0.2), texts.list().ofMaxSize(2),
                        Arbitraries.oneOf(cells, pointers, Arbitraries.just(Location.NONE)))
                .as(Problem::new);
    }

    /**
     * Import reports built the way readers build them, from a random sequence of accepted and
     * rejected records and warnings.
     *
     * @return reports
     */
    public static Arbitrary<ImportReport> importReports() {
        Arbitrary<Problem> errors = problems().map(problem -> problem.withSeverity(Severity.ERROR));
        Arbitrary<Problem> warnings = problems().map(problem -> problem.withSeverity(Severity.WARNING));
        Arbitrary<List<Object>> steps = Arbitraries.oneOf(
                Arbitraries.just((Object) "accepted"),
                errors.list().ofMinSize(1).ofMaxSize(3).map(list -> (Object) list),
                warnings.map(problem -> (Object) problem)).list().ofMaxSize(30);
        return Combinators.combine(Arbitraries.of(RecordKind.class), steps).as((kind, list) -> {
            ImportReport.Builder builder = ImportReport.builder(kind).source("file.csv")
                    .dialect("encoding", "UTF-8").dialect("delimiter", ";");
            for (Object step : list) {
                if (step instanceof Problem warning) {
                    builder.warning(warning);
                } else if (step instanceof List<?> recordErrors) {
                    builder.rejected(recordErrors.stream().map(Problem.class::cast).toList());
                } else {
                    builder.accepted();
                }
            }
            return builder.build();
        });
    }
}
