package org.politiqueville.core.catalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.politiqueville.core.text.NameKey;
import org.politiqueville.core.validation.InvalidValueException;
import org.politiqueville.core.validation.ProblemCode;

/**
 * A faceted category of a document, written {@code "Facet : value"} as in the seed's document table:
 * {@code "Pilotage : contrat de Ville"}, {@code "Quartier : Bottière – Pin Sec"}.
 *
 * <p>In DCAT terms a category is a theme of the dataset: a concept ({@link #value()}) in a concept
 * scheme ({@link #facet()}). The facet {@value #QUARTER_FACET} names a quarter or district; its value
 * is resolved against the territories of the referential.
 *
 * <p>Both parts are normalised on construction: leading and trailing spaces are removed and every
 * run of white space, no-break spaces included (U+00A0, U+202F), becomes one ordinary space. Equality
 * is exact after that normalisation; the catalogue's queries compare through {@link NameKey}
 * ({@link #facetKey()}, {@link #valueKey()}), ignoring case, accents and punctuation.
 *
 * @param facet the facet (the concept scheme), not blank, without {@code ':'}
 * @param value the value (the concept), not blank; it may contain {@code ':'}, {@code ','} and dashes
 */
public record Category(String facet, String value) {

    /** The facet whose values name quarters or districts, as the seed spells it. */
    public static final String QUARTER_FACET = "Quartier";

    /** The separator {@link #toString()} writes between facet and value. */
    private static final String SEPARATOR = " : ";

    /** The separator {@link #formatList(List)} writes between categories. */
    private static final String LIST_SEPARATOR = ", ";

    private static final Pattern SPACES = Pattern.compile("[\\s\\uFEFF]+", Pattern.UNICODE_CHARACTER_CLASS);

    /**
     * A comma that starts a new category: one followed by a facet (text with neither a comma nor a
     * colon) and a colon. A comma inside a value, such as {@code "Nantes Nord, Est"}, is followed by
     * no such facet and stays in the value.
     */
    private static final Pattern LIST_SPLIT = Pattern.compile(",(?=[^,:]+:)");

    private static final NameKey QUARTER_KEY = NameKey.of(QUARTER_FACET);

    /**
     * Normalises and checks the parts.
     *
     * @param facet the facet (the concept scheme), not blank, without {@code ':'}
     * @param value the value (the concept), not blank; it may contain {@code ':'}, {@code ','} and dashes
     * @throws NullPointerException  if a part is null
     * @throws InvalidValueException with {@link ProblemCode#CATEGORY_FORMAT} if a part is blank or the
     *                               facet contains {@code ':'}
     */
    public Category {
        Objects.requireNonNull(facet, "facet");
        Objects.requireNonNull(value, "value");
        facet = normaliseSpaces(facet);
        value = normaliseSpaces(value);
        if (facet.isEmpty() || value.isEmpty() || facet.indexOf(':') >= 0) {
            throw new InvalidValueException(ProblemCode.CATEGORY_FORMAT, facet + SEPARATOR + value);
        }
    }

    /**
     * A category.
     *
     * @param facet the facet, not blank, without {@code ':'}
     * @param value the value, not blank
     * @return the category, not null
     * @throws InvalidValueException with {@link ProblemCode#CATEGORY_FORMAT} if a part is blank or the
     *                               facet contains {@code ':'}
     */
    public static Category of(String facet, String value) {
        return new Category(facet, value);
    }

    /**
     * A {@value #QUARTER_FACET} category.
     *
     * @param quarterName the quarter's or district's name as the document spells it, not blank
     * @return the category, not null
     * @throws InvalidValueException with {@link ProblemCode#CATEGORY_FORMAT} if the name is blank
     */
    public static Category quarter(String quarterName) {
        return new Category(QUARTER_FACET, quarterName);
    }

    /**
     * Reads {@code "Facet : value"}: the facet is what comes before the first colon, the value what
     * comes after it. Spacing around the colon does not matter ({@code "Pilotage:contrat"},
     * {@code "Pilotage\u202F: contrat"} with the French no-break space), and spaces are normalised as
     * the constructor does.
     *
     * @param text the text, not null
     * @return the category, not null
     * @throws InvalidValueException with {@link ProblemCode#CATEGORY_FORMAT} if there is no colon or
     *                               a side is blank
     */
    public static Category parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String raw = text.toString();
        int colon = raw.indexOf(':');
        if (colon < 0) {
            throw new InvalidValueException(ProblemCode.CATEGORY_FORMAT, raw);
        }
        String facet = normaliseSpaces(raw.substring(0, colon));
        String value = normaliseSpaces(raw.substring(colon + 1));
        if (facet.isEmpty() || value.isEmpty()) {
            throw new InvalidValueException(ProblemCode.CATEGORY_FORMAT, raw);
        }
        return new Category(facet, value);
    }

    /**
     * Whether a text is a category as {@link #parse(CharSequence)} reads it.
     *
     * @param text the text, may be null
     * @return true if {@code parse} would accept it
     */
    public static boolean isValid(CharSequence text) {
        if (text == null) {
            return false;
        }
        try {
            parse(text);
            return true;
        } catch (InvalidValueException e) {
            return false;
        }
    }

    /**
     * Reads the comma-separated list of the seed's "Catégories" column:
     * {@code "Pilotage : comite pilotage, Pilotage : contrat de Ville, Quartier : Bottière – Pin Sec"}.
     *
     * <p>A comma separates two categories only when it is followed by a facet and a colon, that is by
     * text containing neither a comma nor a colon up to the next colon. So a value may contain a
     * comma as long as what follows it is not itself {@code "Something :"}:
     * {@code "Quartier : Nantes Nord, Est"} is one category. Leading and trailing commas and spaces are
     * ignored, and a blank text is an empty list.
     *
     * @param text the list, not null
     * @return the categories in the order written, not null, possibly empty
     * @throws InvalidValueException with {@link ProblemCode#CATEGORY_FORMAT} if an element is not a
     *                               category
     */
    public static List<Category> parseList(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String trimmed = trimListSeparators(normaliseSpaces(text.toString()));
        if (trimmed.isEmpty()) {
            return List.of();
        }
        List<Category> categories = new ArrayList<>();
        for (String element : LIST_SPLIT.split(trimmed, -1)) {
            categories.add(parse(element));
        }
        return List.copyOf(categories);
    }

    /**
     * Writes categories as {@link #parseList(CharSequence)} reads them: their {@link #toString()}
     * forms joined by {@code ", "}. The list reads back equal when no value contains a comma followed
     * by {@code "Something :"}.
     *
     * @param categories the categories, not null, without null elements
     * @return the text, empty for an empty list
     */
    public static String formatList(List<Category> categories) {
        return categories.stream().map(Category::toString).collect(Collectors.joining(LIST_SEPARATOR));
    }

    /**
     * The facet's key, for comparisons that ignore case, accents and punctuation.
     *
     * @return the key, not null
     */
    public NameKey facetKey() {
        return NameKey.of(facet);
    }

    /**
     * The value's key, for comparisons that ignore case, accents, punctuation and a leading article.
     *
     * @return the key, not null
     */
    public NameKey valueKey() {
        return NameKey.of(value);
    }

    /**
     * Whether this category's facet is the given one, ignoring case, accents and punctuation.
     *
     * @param otherFacet the facet, not null
     * @return true if the facets have the same {@link NameKey}
     */
    public boolean hasFacet(String otherFacet) {
        return facetKey().equals(NameKey.of(otherFacet));
    }

    /**
     * Whether this category has the given facet and value, ignoring case, accents, punctuation and
     * (for the value) a leading article.
     *
     * @param otherFacet the facet, not null
     * @param otherValue the value, not null
     * @return true if both keys match
     */
    public boolean matches(String otherFacet, String otherValue) {
        return hasFacet(otherFacet) && valueKey().equals(NameKey.of(otherValue));
    }

    /**
     * Whether this category names a quarter or district (facet {@value #QUARTER_FACET}, in any case).
     *
     * @return true for a quarter category
     */
    public boolean isQuarter() {
        return facetKey().equals(QUARTER_KEY);
    }

    /**
     * The canonical form {@code facet + " : " + value}, as {@link #parse(CharSequence)} reads it.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return facet + SEPARATOR + value;
    }

    private static String normaliseSpaces(String text) {
        return SPACES.matcher(text).replaceAll(" ").strip();
    }

    private static String trimListSeparators(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && (text.charAt(start) == ',' || text.charAt(start) == ' ')) {
            start++;
        }
        while (end > start && (text.charAt(end - 1) == ',' || text.charAt(end - 1) == ' ')) {
            end--;
        }
        return text.substring(start, end);
    }
}
