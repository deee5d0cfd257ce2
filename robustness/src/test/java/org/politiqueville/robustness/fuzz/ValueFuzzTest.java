package org.politiqueville.robustness.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.politiqueville.core.catalogue.Category;
import org.politiqueville.core.exchange.FrenchValues;
import org.politiqueville.core.id.Period;
import org.politiqueville.core.validation.InvalidValueException;
import org.politiqueville.robustness.Checks;

/**
 * The period and category parsers, and the French cell parsers the CSV reader relies on, on any
 * text: a value or {@link InvalidValueException}, round trips where documented, nothing else.
 */
class ValueFuzzTest {

    @FuzzTest(maxDuration = "10m")
    void parsesPeriodsAndCategories(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        IdentifierFuzzTest.roundTrip(text, Period::parse, Period::isValid);
        IdentifierFuzzTest.roundTrip(text, Category::parse, Category::isValid);
        try {
            List<Category> categories = Category.parseList(text);
            if (categories.stream().noneMatch(category -> category.value().contains(","))) {
                Checks.check(Category.parseList(Category.formatList(categories)).equals(categories),
                        "category list does not read back: " + categories);
            }
        } catch (InvalidValueException e) {
            Checks.boundedMessage(e.getMessage());
        }
        try {
            Period period = FrenchValues.parsePeriod(text);
            Checks.check(Period.parse(period.toString()).equals(period), "French period does not round-trip");
        } catch (InvalidValueException e) {
            Checks.boundedMessage(e.getMessage());
        }
        try {
            FrenchValues.parseDate(text);
        } catch (InvalidValueException e) {
            Checks.boundedMessage(e.getMessage());
        }
        boolean decimal = FrenchValues.isDecimal(text);
        try {
            FrenchValues.parseDecimal(text);
            Checks.check(decimal, "isDecimal rejects what parseDecimal reads");
        } catch (InvalidValueException e) {
            Checks.boundedMessage(e.getMessage());
            Checks.check(!decimal, "isDecimal accepts what parseDecimal rejects");
        }
        try {
            FrenchValues.parseInteger(text);
        } catch (InvalidValueException e) {
            Checks.boundedMessage(e.getMessage());
        }
        try {
            FrenchValues.parseBoolean(text);
        } catch (InvalidValueException e) {
            Checks.boundedMessage(e.getMessage());
        }
        FrenchValues.splitList(text).forEach(element -> Checks.check(element != null, "null list element"));
        FrenchValues.marker(text);
        FrenchValues.isPriorityWord(text);
        FrenchValues.isWatchWord(text);
        FrenchValues.isBlank(text);
    }
}
