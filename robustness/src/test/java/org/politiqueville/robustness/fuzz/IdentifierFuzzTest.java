package org.politiqueville.robustness.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import java.util.function.Predicate;
import org.politiqueville.core.id.InseeCode;
import org.politiqueville.core.id.QpvCode;
import org.politiqueville.core.id.ReducedDate;
import org.politiqueville.core.id.RnaNumber;
import org.politiqueville.core.id.Siren;
import org.politiqueville.core.id.Siret;
import org.politiqueville.core.validation.InvalidValueException;
import org.politiqueville.robustness.Checks;

/**
 * Every identifier's {@code parse} on any text: it returns a value whose {@code toString()} parses
 * back equal and that {@code isValid} accepts, or throws {@link InvalidValueException} with a
 * bounded message, and {@code isValid} is then false. Nothing else.
 */
class IdentifierFuzzTest {

    @FuzzTest(maxDuration = "10m")
    void parsesAnyText(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        roundTrip(text, QpvCode::parse, QpvCode::isValid);
        roundTrip(text, InseeCode::parse, InseeCode::isValid);
        roundTrip(text, Siren::parse, Siren::isValid);
        roundTrip(text, Siret::parse, Siret::isValid);
        roundTrip(text, RnaNumber::parse, RnaNumber::isValid);
        roundTrip(text, ReducedDate::parse, ReducedDate::isValid);
        try {
            InseeCode lenient = InseeCode.parseLenient(text);
            Checks.check(InseeCode.parse(lenient.toString()).equals(lenient), "lenient INSEE code does not round-trip");
        } catch (InvalidValueException e) {
            Checks.boundedMessage(e.getMessage());
        }
    }

    static <T> void roundTrip(String text, Function<String, T> parse, Predicate<String> isValid) {
        T value;
        try {
            value = parse.apply(text);
        } catch (InvalidValueException e) {
            Checks.boundedMessage(e.getMessage());
            Checks.check(!isValid.test(text), "isValid accepts what parse rejects: " + e.code());
            return;
        }
        Checks.check(isValid.test(text), "isValid rejects what parse accepts: " + value);
        T again = parse.apply(value.toString());
        Checks.check(again.equals(value), "does not round-trip: " + value + " -> " + again);
    }
}
