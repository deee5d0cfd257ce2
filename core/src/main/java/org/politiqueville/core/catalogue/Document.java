package org.politiqueville.core.catalogue;

import jakarta.validation.constraints.Pattern;
import java.net.URI;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.politiqueville.core.id.Period;
import org.politiqueville.core.text.NameKey;
import org.politiqueville.core.validation.InvalidValueException;
import org.politiqueville.core.validation.ProblemCode;

/**
 * A resource document of a city contract: a row of the seed's "DOCUMENTS RESSOURCES" table, such as
 * the 2018 mid-term report or the 2015/2020 contract itself.
 *
 * <p>In DCAT terms it is a dataset with a title, themes ({@link #categories()}), a temporal coverage
 * ({@link #period()}, an ISO 8601 year or interval) and at most one distribution ({@link #link()}
 * with its {@link #mediaType()}).
 *
 * <p>Build one with {@link #builder(String, Period)}. When no id is given the builder derives it from
 * the title with {@link #slugOf(String)}; two documents with the same title then share an id, which
 * {@link CatalogueRules#checkIds(List, String, org.politiqueville.core.validation.RuleContext)}
 * reports.
 *
 * @param id         the stable id, not blank
 * @param title      the title as published, not blank
 * @param categories the categories in the order published, not null, no null elements; may be empty
 * @param period     the years or dates the document covers, not null
 * @param typeLabel  the label of the download link as published ("télécharger"), may be null; a
 *                   blank label becomes null
 * @param link       the address of the file, may be null (the seed's rows have none)
 * @param mediaType  the file's media type ({@code application/pdf}), may be null; a blank one becomes
 *                   null; Bean Validation checks its {@code type/subtype} form
 */
public record Document(
        String id,
        String title,
        List<Category> categories,
        Period period,
        String typeLabel,
        URI link,
        @Pattern(regexp = MEDIA_TYPE_PATTERN) String mediaType) {

    /** The form of a media type: {@code type/subtype}, optionally followed by parameters. */
    static final String MEDIA_TYPE_PATTERN = "[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]*/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]*"
            + "(\\s*;.*)?";

    /**
     * Checks the required components and normalises blank optional labels to null.
     *
     * @param id the stable id, not blank
     * @param title the title as published, not blank
     * @param categories the categories in the order published, not null, no null elements; may be empty
     * @param period the years or dates the document covers, not null
     * @param typeLabel the label of the download link as published ("télécharger"), may be null; a blank label becomes null
     * @param link the address of the file, may be null (the seed's rows have none)
     * @param mediaType the file's media type ({@code application/pdf}), may be null; a blank one becomes null; Bean Validation checks its {@code type/subtype} form
     * @throws NullPointerException  if {@code id}, {@code title}, {@code categories} or
     *                               {@code period} is null, or a category is null
     * @throws InvalidValueException with {@link ProblemCode#REQUIRED} if {@code id} or {@code title}
     *                               is blank
     */
    public Document {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(period, "period");
        categories = List.copyOf(Objects.requireNonNull(categories, "categories"));
        if (id.isBlank()) {
            throw new InvalidValueException(ProblemCode.REQUIRED, id);
        }
        if (title.isBlank()) {
            throw new InvalidValueException(ProblemCode.REQUIRED, title);
        }
        typeLabel = blankToNull(typeLabel);
        mediaType = blankToNull(mediaType);
    }

    /**
     * Starts a document with its required parts.
     *
     * @param title  the title, not blank
     * @param period the period covered, not null
     * @return a builder, not null
     */
    public static Builder builder(String title, Period period) {
        return new Builder(title, period);
    }

    /**
     * Derives a stable id from a title: its {@link NameKey} (lower case, no accents, punctuation
     * and a leading French article dropped) with spaces replaced by hyphens.
     * {@code "2018 Données COMPAS"} gives {@code 2018-donnees-compas},
     * {@code "CONTRAT DE VILLE 2015/2020"} gives {@code contrat-de-ville-2015-2020}.
     *
     * @param title the title, not null
     * @return the slug, not blank
     * @throws InvalidValueException with {@link ProblemCode#INVALID_FORMAT} if the title has no letter
     *                               or digit
     */
    public static String slugOf(String title) {
        NameKey key = NameKey.of(title);
        if (key.isEmpty()) {
            throw new InvalidValueException(ProblemCode.INVALID_FORMAT, title, "a title with a letter or a digit");
        }
        return key.value().replace(' ', '-');
    }

    /**
     * The categories of one facet, ignoring case, accents and punctuation in the facet.
     *
     * @param facet the facet, not null
     * @return those categories in the order published, not null
     */
    public List<Category> categories(String facet) {
        NameKey key = NameKey.of(facet);
        return categories.stream().filter(category -> category.facetKey().equals(key)).toList();
    }

    /**
     * The {@value Category#QUARTER_FACET} categories.
     *
     * @return those categories in the order published, not null
     */
    public List<Category> quarterCategories() {
        return categories.stream().filter(Category::isQuarter).toList();
    }

    /**
     * Whether the document has the given category, ignoring case, accents and punctuation.
     *
     * @param facet the facet, not null
     * @param value the value, not null
     * @return true if one of its categories {@linkplain Category#matches(String, String) matches}
     */
    public boolean hasCategory(String facet, String value) {
        return categories.stream().anyMatch(category -> category.matches(facet, value));
    }

    /**
     * Whether the document covers at least part of a year.
     *
     * @param year the year, not null
     * @return true if its period {@linkplain Period#contains(Year) contains} the year
     */
    public boolean covers(Year year) {
        return period.contains(year);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    /**
     * Builds a {@link Document}; the id defaults to {@link Document#slugOf(String) the title's slug}.
     */
    public static final class Builder {

        private final String title;
        private final Period period;
        private final List<Category> categories = new ArrayList<>();
        private String id;
        private String typeLabel;
        private URI link;
        private String mediaType;

        private Builder(String title, Period period) {
            this.title = Objects.requireNonNull(title, "title");
            this.period = Objects.requireNonNull(period, "period");
        }

        /**
         * Sets the id; without it {@link #build()} uses {@link Document#slugOf(String)} of the title.
         *
         * @param newId the id, not blank, or null for the derived one
         * @return this builder
         */
        public Builder id(String newId) {
            this.id = newId;
            return this;
        }

        /**
         * Adds a category.
         *
         * @param category the category, not null
         * @return this builder
         */
        public Builder category(Category category) {
            categories.add(Objects.requireNonNull(category, "category"));
            return this;
        }

        /**
         * Adds categories, in order.
         *
         * @param newCategories the categories, not null, no null elements
         * @return this builder
         */
        public Builder categories(Collection<Category> newCategories) {
            newCategories.forEach(this::category);
            return this;
        }

        /**
         * Sets the label of the download link.
         *
         * @param newTypeLabel the label, may be null
         * @return this builder
         */
        public Builder typeLabel(String newTypeLabel) {
            this.typeLabel = newTypeLabel;
            return this;
        }

        /**
         * Sets the address of the file.
         *
         * @param newLink the address, may be null
         * @return this builder
         */
        public Builder link(URI newLink) {
            this.link = newLink;
            return this;
        }

        /**
         * Sets the file's media type.
         *
         * @param newMediaType the media type such as {@code application/pdf}, may be null
         * @return this builder
         */
        public Builder mediaType(String newMediaType) {
            this.mediaType = newMediaType;
            return this;
        }

        /**
         * Builds the document.
         *
         * @return the document, not null
         * @throws InvalidValueException with {@link ProblemCode#REQUIRED} if the title or the given id
         *                               is blank, or {@link ProblemCode#INVALID_FORMAT} if no id was
         *                               given and the title has no letter or digit
         */
        public Document build() {
            if (title.isBlank()) {
                throw new InvalidValueException(ProblemCode.REQUIRED, title);
            }
            String documentId = id != null ? id : slugOf(title);
            return new Document(documentId, title, categories, period, typeLabel, link, mediaType);
        }
    }
}
