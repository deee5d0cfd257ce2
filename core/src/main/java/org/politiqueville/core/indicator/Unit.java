package org.politiqueville.core.indicator;

import java.util.Map;
import java.util.Objects;
import org.politiqueville.core.text.NameKey;
import org.politiqueville.core.validation.InvalidValueException;
import org.politiqueville.core.validation.ProblemCode;

/**
 * The unit an indicator's values are expressed in.
 *
 * <p>Each unit has a {@linkplain #symbol() symbol} that {@link #parse(CharSequence)} reads back, and
 * {@code parse} also reads the symbols and words found in spreadsheet "Unité" columns: {@code €},
 * {@code euros}, {@code %}, {@code pourcentage}, {@code nb}, {@code nombre}…
 */
public enum Unit {
    /** Euros, such as a median income: symbol {@code €}. */
    EUROS("€"),
    /** Percent, 0 to 100 (a difference of two percentages is in percentage points): symbol {@code %}. */
    PERCENT("%"),
    /** A number of people, households, dwellings…: symbol {@code nb}. */
    COUNT("nb"),
    /** A ratio without unit, such as the inter-decile ratio: symbol {@code ratio}. */
    RATIO("ratio"),
    /** A number of years, such as an age: symbol {@code ans}. */
    YEARS("ans"),
    /** Any other unit: symbol {@code autre}. */
    OTHER("autre");

    /** The words {@link #parse} accepts, as compact name keys (no spaces). */
    private static final Map<String, Unit> WORDS = Map.ofEntries(
            Map.entry("euros", EUROS), Map.entry("euro", EUROS), Map.entry("eur", EUROS),
            Map.entry("pourcent", PERCENT), Map.entry("pourcentage", PERCENT), Map.entry("percent", PERCENT),
            Map.entry("pct", PERCENT),
            Map.entry("nb", COUNT), Map.entry("nombre", COUNT), Map.entry("effectif", COUNT),
            Map.entry("count", COUNT),
            Map.entry("ratio", RATIO), Map.entry("rapport", RATIO),
            Map.entry("ans", YEARS), Map.entry("an", YEARS), Map.entry("annees", YEARS), Map.entry("annee", YEARS),
            Map.entry("years", YEARS),
            Map.entry("autre", OTHER), Map.entry("other", OTHER));

    private static final String EXPECTED = "€, euros, %, pourcentage, nb, nombre, ratio, ans or autre";

    private final String symbol;

    Unit(String symbol) {
        this.symbol = symbol;
    }

    /**
     * The unit's symbol, as {@link #parse(CharSequence)} reads it back.
     *
     * @return the symbol, not null
     */
    public String symbol() {
        return symbol;
    }

    /**
     * Reads a unit symbol or word, ignoring case, accents, spacing, surrounding brackets and a leading
     * "en": {@code €}, {@code Euros}, {@code (€)}, {@code %}, {@code en %}, {@code Pourcentage},
     * {@code nb.}, {@code Nombre}, {@code ratio}, {@code ans}, {@code années}, {@code autre}…
     *
     * @param text the text, not null
     * @return the unit, not null
     * @throws InvalidValueException with {@link ProblemCode#INVALID_FORMAT} if the text is blank or
     *                               names no unit
     */
    public static Unit parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        // The symbols are punctuation to NameKey; spell them out before folding.
        String spelled = text.toString().replace("€", " euros ").replace("%", " pourcent ");
        String words = NameKey.of(spelled).value();
        if (words.startsWith("en ")) {
            words = words.substring(3);
        }
        Unit unit = WORDS.get(words.replace(" ", ""));
        if (unit == null) {
            throw new InvalidValueException(ProblemCode.INVALID_FORMAT, text.toString(), EXPECTED);
        }
        return unit;
    }
}
