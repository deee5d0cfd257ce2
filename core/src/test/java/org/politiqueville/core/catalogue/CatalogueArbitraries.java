package org.politiqueville.core.catalogue;

import java.net.URI;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import org.politiqueville.core.id.Period;

/**
 * jqwik generators of valid catalogue objects, shared with the adapter modules' round-trip
 * properties.
 *
 * <p>Facets and values are words of letters (accented ones included) and digits joined by spaces,
 * hyphens, en dashes, apostrophes, slashes, parentheses and dots. They never contain {@code ':'}
 * (the separator between facet and value; a facet may not contain it at all) nor {@code ','} (the
 * separator of {@link Category#parseList(CharSequence)}: a comma followed by {@code "Something :"}
 * would start a new category), so every generated category and list of categories reads back equal
 * from its text, in every format.
 */
public final class CatalogueArbitraries {

    private static final String LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZéèêëàâçîïôûùÉÈÀÇŒœ";
    private static final String DIGITS = "0123456789";

    private CatalogueArbitraries() {
    }

    private static Arbitrary<String> words(String chars) {
        return Arbitraries.strings().withChars(chars).ofMinLength(1).ofMaxLength(10);
    }

    private static Arbitrary<String> phrases(String chars, Arbitrary<String> separators, int maxWords) {
        return Combinators.combine(words(chars).list().ofMinSize(1).ofMaxSize(maxWords),
                separators.list().ofSize(maxWords)).as((ws, seps) -> {
                    StringBuilder phrase = new StringBuilder(ws.get(0));
                    for (int i = 1; i < ws.size(); i++) {
                        phrase.append(seps.get(i)).append(ws.get(i));
                    }
                    return phrase.toString();
                });
    }

    /**
     * Facets such as {@code "Pilotage"}, {@code "Quartier"}, {@code "Thème transversal"}: one to three
     * words, sometimes the seed's own facets.
     *
     * @return facets without {@code ':'} or {@code ','}, not blank
     */
    public static Arbitrary<String> facets() {
        return Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.of("Pilotage", Category.QUARTER_FACET)),
                Tuple.of(3, phrases(LETTERS, Arbitraries.of(" ", "-", " – "), 3)));
    }

    /**
     * Category values such as {@code "CV - Annexes complémentaires"} or {@code "Bottière – Pin Sec"}.
     *
     * @return values without {@code ':'} or {@code ','}, not blank
     */
    public static Arbitrary<String> values() {
        return phrases(LETTERS + DIGITS, Arbitraries.of(" ", " ", "-", " - ", " – ", "’", "'", "/", " (", ") ", ". "), 5);
    }

    /**
     * Valid categories of any facet.
     *
     * @return categories whose text and list text read back equal
     */
    public static Arbitrary<Category> categories() {
        return Combinators.combine(facets(), values()).as(Category::new);
    }

    /**
     * Valid {@value Category#QUARTER_FACET} categories.
     *
     * @return quarter categories
     */
    public static Arbitrary<Category> quarterCategories() {
        return values().map(Category::quarter);
    }

    /**
     * Periods of whole years between 1990 and 2040: single years ({@code 2018}) and ranges
     * ({@code 2015/2020}).
     *
     * @return periods
     */
    public static Arbitrary<Period> periods() {
        Arbitrary<Integer> years = Arbitraries.integers().between(1990, 2040);
        return Arbitraries.oneOf(
                years.map(Period::ofYear),
                Combinators.combine(years, Arbitraries.integers().between(0, 10)).as((start, length) ->
                        Period.ofYears(start, start + length)));
    }

    /**
     * Titles such as {@code "2018 Données COMPAS"}: words with at least one letter, so
     * {@link Document#slugOf(String)} accepts them.
     *
     * @return titles
     */
    public static Arbitrary<String> titles() {
        return phrases(LETTERS + DIGITS, Arbitraries.of(" ", " ", "_", " - ", "/", "’"), 6)
                .filter(title -> title.chars().anyMatch(Character::isLetter));
    }

    /**
     * Valid documents: an id derived from the title, zero to six categories, a period, and optional
     * type label, https link and media type.
     *
     * @return documents
     */
    public static Arbitrary<Document> documents() {
        Arbitrary<String> typeLabels = Arbitraries.of("télécharger", "Télécharger", "consulter").injectNull(0.3);
        Arbitrary<String> mediaTypes = Arbitraries.of("application/pdf", "text/csv", "application/vnd.ms-excel")
                .injectNull(0.4);
        Arbitrary<Boolean> linked = Arbitraries.of(true, false);
        return Combinators.combine(titles(), categories().list().ofMaxSize(6), periods(), typeLabels, linked,
                mediaTypes).as((title, categories, period, typeLabel, hasLink, mediaType) -> {
                    String id = Document.slugOf(title);
                    URI link = hasLink ? URI.create("https://example.org/documents/" + id) : null;
                    return new Document(id, title, categories, period, typeLabel, link, mediaType);
                });
    }

    /**
     * Lists of up to twelve valid documents with distinct ids.
     *
     * @return document lists
     */
    public static Arbitrary<List<Document>> documentLists() {
        return documents().list().ofMaxSize(12).uniqueElements(Document::id);
    }

    /**
     * Catalogues of up to twelve valid documents with distinct ids.
     *
     * @return catalogues
     */
    public static Arbitrary<Catalogue> catalogues() {
        return documentLists().map(Catalogue::of);
    }
}
