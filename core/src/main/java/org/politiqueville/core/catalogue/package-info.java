/**
 * The document catalogue: documents, their faceted categories and the queries over them.
 *
 * <p>A {@link org.politiqueville.core.catalogue.Document} is a row of a city's "documents ressources"
 * table (a DCAT dataset); its {@link org.politiqueville.core.catalogue.Category categories} read
 * {@code "Facet : value"} (DCAT themes: a concept in a scheme). A
 * {@link org.politiqueville.core.catalogue.Catalogue} answers queries by category, quarter, year and
 * period; {@link org.politiqueville.core.catalogue.CatalogueRules} reports repeated ids and quarter
 * categories that name no territory.
 */
package org.politiqueville.core.catalogue;
