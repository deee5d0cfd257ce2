package org.politiqueville.core.catalogue;

import java.net.URI;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.politiqueville.core.territory.TerritoryRef;
import org.politiqueville.core.validation.ProblemCode;
import org.politiqueville.core.validation.RuleContext;

/**
 * The rules of the document catalogue, reported to a {@link RuleContext}.
 *
 * <p>List rules take the path of the list ({@code documents}) and report at
 * {@code documents[i].…}; document rules take the path of the document ({@code documents[3]}).
 */
public final class CatalogueRules {

    private CatalogueRules() {
    }

    /**
     * Runs every catalogue rule: {@link #checkIds}, then for each document
     * {@link #checkQuarterCategories(Document, String, Predicate, RuleContext)} and
     * {@link #checkLink}.
     *
     * @param documents       the documents, not null
     * @param path            the path of the list, such as {@code documents}, not null
     * @param quarterResolves tells whether a {@value Category#QUARTER_FACET} value names a quarter or
     *                        district of the referential, not null; from a resolver {@code r}, pass
     *                        {@code value -> r.apply(value).isPresent()}
     * @param context         where to report, not null
     */
    public static void checkDocuments(List<Document> documents, String path, Predicate<String> quarterResolves,
                                      RuleContext context) {
        checkIds(documents, path, context);
        for (int i = 0; i < documents.size(); i++) {
            String documentPath = path + "[" + i + "]";
            checkQuarterCategories(documents.get(i), documentPath, quarterResolves, context);
            checkLink(documents.get(i), documentPath, context);
        }
    }

    /**
     * Reports every document whose id an earlier document of the list already has, as an error
     * {@link ProblemCode#DUPLICATE_ID} at {@code path[i].id}. Titles that give the same
     * {@linkplain Document#slugOf(String) slug} end up here when no explicit id was set.
     *
     * @param documents the documents, not null
     * @param path      the path of the list, such as {@code documents}, not null
     * @param context   where to report, not null
     */
    public static void checkIds(List<Document> documents, String path, RuleContext context) {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(context, "context");
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < documents.size(); i++) {
            String id = documents.get(i).id();
            if (!seen.add(id)) {
                context.error(ProblemCode.DUPLICATE_ID, path + "[" + i + "].id", id);
            }
        }
    }

    /**
     * Reports every {@value Category#QUARTER_FACET} category whose value names no quarter or district,
     * as a warning {@link ProblemCode#CATEGORY_QUARTER_UNRESOLVED} at {@code path.categories[j]}. A
     * warning, not an error: the document stays useful, it is only missing from quarter queries.
     *
     * @param document        the document, not null
     * @param path            the path of the document, such as {@code documents[3]}, not null
     * @param quarterResolves tells whether a value names a quarter or district of the referential,
     *                        not null
     * @param context         where to report, not null
     */
    public static void checkQuarterCategories(Document document, String path, Predicate<String> quarterResolves,
                                              RuleContext context) {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(quarterResolves, "quarterResolves");
        Objects.requireNonNull(context, "context");
        List<Category> categories = document.categories();
        for (int j = 0; j < categories.size(); j++) {
            Category category = categories.get(j);
            if (category.isQuarter() && !quarterResolves.test(category.value())) {
                context.warning(ProblemCode.CATEGORY_QUARTER_UNRESOLVED, path + ".categories[" + j + "]",
                        category.value());
            }
        }
    }

    /**
     * Like {@link #checkQuarterCategories(Document, String, Predicate, RuleContext)}, with a resolver
     * from a category value to a territory: a value resolves when the resolver gives a territory.
     *
     * @param document the document, not null
     * @param path     the path of the document, such as {@code documents[3]}, not null
     * @param resolver resolves a value to a quarter or district, empty when none, not null
     * @param context  where to report, not null
     */
    public static void checkQuarterCategoriesWithResolver(Document document, String path,
                                                          Function<String, Optional<TerritoryRef>> resolver,
                                                          RuleContext context) {
        Objects.requireNonNull(resolver, "resolver");
        checkQuarterCategories(document, path, value -> resolver.apply(value).isPresent(), context);
    }

    /**
     * Reports a link that is not an absolute {@code http} or {@code https} address (a {@code file:}
     * path, a relative reference) as a warning {@link ProblemCode#INVALID_FORMAT} at {@code path.link}:
     * readers of a published catalogue cannot follow it. A document without a link is fine.
     *
     * @param document the document, not null
     * @param path     the path of the document, such as {@code documents[3]}, not null
     * @param context  where to report, not null
     */
    public static void checkLink(Document document, String path, RuleContext context) {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(context, "context");
        URI link = document.link();
        if (link == null) {
            return;
        }
        String scheme = link.getScheme() == null ? "" : link.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            context.warning(ProblemCode.INVALID_FORMAT, path + ".link", link.toString(),
                    "an http or https address");
        }
    }
}
