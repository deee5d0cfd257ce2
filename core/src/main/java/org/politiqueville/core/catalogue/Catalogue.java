package org.politiqueville.core.catalogue;

import java.time.Year;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.politiqueville.core.id.Period;
import org.politiqueville.core.territory.TerritoryRef;
import org.politiqueville.core.text.NameKey;

/**
 * An immutable collection of documents and the queries a city's resource page needs: by category,
 * by quarter, by year and by period.
 *
 * <p>Every list it returns is in the catalogue's order, which is stable whatever the order the
 * documents were given in: by the start of their period, then by title ({@link String#compareTo}),
 * then by id. Facets and values compare through {@link NameKey}, so {@code "pilotage"} finds
 * {@code "Pilotage"} and {@code "bottiere pin sec"} finds {@code "Bottière – Pin Sec"}.
 *
 * <p>The catalogue does not check its documents: repeated ids and unresolved quarters are for
 * {@link CatalogueRules} to report.
 */
public final class Catalogue {

    /** The catalogue's order: period start, then title, then id. */
    public static final Comparator<Document> ORDER = Comparator
            .comparing((Document document) -> document.period().start())
            .thenComparing(Document::title)
            .thenComparing(Document::id);

    private static final Catalogue EMPTY = new Catalogue(List.of());

    private final List<Document> documents;

    private Catalogue(List<Document> documents) {
        this.documents = documents;
    }

    /**
     * A catalogue of the given documents.
     *
     * @param documents the documents, not null, no null elements
     * @return the catalogue, not null
     * @throws NullPointerException if {@code documents} or one of them is null
     */
    public static Catalogue of(Collection<Document> documents) {
        return new Catalogue(documents.stream().map(document -> Objects.requireNonNull(document, "document"))
                .sorted(ORDER).toList());
    }

    /**
     * A catalogue of the given documents.
     *
     * @param documents the documents, not null, no null elements
     * @return the catalogue, not null
     * @throws NullPointerException if a document is null
     */
    public static Catalogue of(Document... documents) {
        return of(List.of(documents));
    }

    /**
     * The catalogue without documents.
     *
     * @return the empty catalogue, not null
     */
    public static Catalogue empty() {
        return EMPTY;
    }

    /**
     * All documents, in the catalogue's order.
     *
     * @return an unmodifiable list, not null
     */
    public List<Document> documents() {
        return documents;
    }

    /**
     * The number of documents.
     *
     * @return the size
     */
    public int size() {
        return documents.size();
    }

    /**
     * Whether the catalogue has no document.
     *
     * @return true if empty
     */
    public boolean isEmpty() {
        return documents.isEmpty();
    }

    /**
     * The document with the given id; if ids repeat (which {@link CatalogueRules} reports), the first
     * in the catalogue's order.
     *
     * @param id the id, not null
     * @return the document, or empty if none has that id
     */
    public Optional<Document> document(String id) {
        Objects.requireNonNull(id, "id");
        return documents.stream().filter(document -> document.id().equals(id)).findFirst();
    }

    /**
     * The documents matching a condition.
     *
     * @param condition the condition, not null
     * @return the matching documents in the catalogue's order, not null
     */
    public List<Document> filter(Predicate<? super Document> condition) {
        Objects.requireNonNull(condition, "condition");
        return documents.stream().filter(condition).toList();
    }

    /**
     * The documents with at least one category of a facet.
     *
     * @param facet the facet, compared through {@link NameKey}, not null
     * @return the documents in the catalogue's order, not null
     */
    public List<Document> withFacet(String facet) {
        NameKey key = NameKey.of(facet);
        return filter(document -> document.categories().stream().anyMatch(c -> c.facetKey().equals(key)));
    }

    /**
     * The documents with a category.
     *
     * @param facet the facet, compared through {@link NameKey}, not null
     * @param value the value, compared through {@link NameKey}, not null
     * @return the documents in the catalogue's order, not null
     */
    public List<Document> withCategory(String facet, String value) {
        Objects.requireNonNull(facet, "facet");
        Objects.requireNonNull(value, "value");
        return filter(document -> document.hasCategory(facet, value));
    }

    /**
     * The documents with a category, compared through {@link NameKey}.
     *
     * @param category the category, not null
     * @return the documents in the catalogue's order, not null
     */
    public List<Document> withCategory(Category category) {
        return withCategory(category.facet(), category.value());
    }

    /**
     * The documents with a {@value Category#QUARTER_FACET} category naming a quarter, compared
     * through {@link NameKey} ({@code "Breil"} finds {@code "Quartier : Le Breil"}). Use
     * {@link #inQuarter(TerritoryRef, Function)} when the names differ from the referential's.
     *
     * @param quarterName the name, not null
     * @return the documents in the catalogue's order, not null
     */
    public List<Document> inQuarter(String quarterName) {
        NameKey key = NameKey.of(quarterName);
        return inQuarter(value -> NameKey.of(value).equals(key));
    }

    /**
     * The documents with a {@value Category#QUARTER_FACET} category whose value matches.
     *
     * @param valueMatches tells whether a category value names the quarter wanted, not null
     * @return the documents in the catalogue's order, not null
     */
    public List<Document> inQuarter(Predicate<String> valueMatches) {
        Objects.requireNonNull(valueMatches, "valueMatches");
        return filter(document -> document.quarterCategories().stream()
                .anyMatch(category -> valueMatches.test(category.value())));
    }

    /**
     * The documents with a {@value Category#QUARTER_FACET} category that resolves to a territory,
     * such as {@code quarter:bottiere-pin-sec} for {@code "Quartier : Bottière – Pin Sec"}.
     *
     * @param territory the quarter or district, not null
     * @param resolver  resolves a category value to a territory of the referential (typically by
     *                  name or alias), empty when it names none; not null
     * @return the documents in the catalogue's order, not null
     */
    public List<Document> inQuarter(TerritoryRef territory, Function<String, Optional<TerritoryRef>> resolver) {
        Objects.requireNonNull(territory, "territory");
        Objects.requireNonNull(resolver, "resolver");
        return inQuarter(value -> resolver.apply(value).filter(territory::equals).isPresent());
    }

    /**
     * The documents that cover at least part of a year ({@code 2017} finds a {@code 2015/2020}
     * document).
     *
     * @param year the year, not null
     * @return the documents in the catalogue's order, not null
     */
    public List<Document> coveringYear(Year year) {
        Objects.requireNonNull(year, "year");
        return filter(document -> document.period().contains(year));
    }

    /**
     * The documents whose period shares at least one day with a period.
     *
     * @param period the period, not null
     * @return the documents in the catalogue's order, not null
     */
    public List<Document> overlapping(Period period) {
        Objects.requireNonNull(period, "period");
        return filter(document -> document.period().overlaps(period));
    }

    /**
     * The facets used, one spelling per {@link NameKey} (the first met in the catalogue's order),
     * sorted by key.
     *
     * @return the facets, not null
     */
    public List<String> facets() {
        return distinctByKey(documents.stream().flatMap(document -> document.categories().stream())
                .map(Category::facet).toList());
    }

    /**
     * The values used with a facet, one spelling per {@link NameKey} (the first met in the
     * catalogue's order), sorted by key.
     *
     * @param facet the facet, compared through {@link NameKey}, not null
     * @return the values, not null, empty if the facet is unused
     */
    public List<String> values(String facet) {
        NameKey key = NameKey.of(facet);
        return distinctByKey(documents.stream().flatMap(document -> document.categories().stream())
                .filter(category -> category.facetKey().equals(key)).map(Category::value).toList());
    }

    private static List<String> distinctByKey(List<String> names) {
        Map<NameKey, String> byKey = new LinkedHashMap<>();
        names.forEach(name -> byKey.putIfAbsent(NameKey.of(name), name));
        return byKey.entrySet().stream().sorted(Map.Entry.comparingByKey()).map(Map.Entry::getValue).toList();
    }

    /**
     * Two catalogues are equal when they hold equal documents.
     *
     * @param other the other object, may be null
     * @return true if equal
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof Catalogue catalogue && documents.equals(catalogue.documents);
    }

    @Override
    public int hashCode() {
        return documents.hashCode();
    }

    /**
     * A short description, for debugging.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return "Catalogue" + documents.stream().map(Document::id).toList();
    }
}
