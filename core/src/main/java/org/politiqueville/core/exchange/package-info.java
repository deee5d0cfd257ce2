/**
 * What file adapters share, whatever the file format: the kinds of records a file holds
 * ({@link org.politiqueville.core.exchange.RecordKind}), reading the values of French spreadsheets
 * ({@link org.politiqueville.core.exchange.FrenchValues}: decimal commas, thousands spaces,
 * {@code dd/MM/yyyy} dates, {@code oui}/{@code non}, statistical markers such as {@code s} or
 * {@code nd}), recognising column headers under their many names
 * ({@link org.politiqueville.core.exchange.HeaderMapping}), turning rows into entities and back
 * ({@link org.politiqueville.core.exchange.RecordMappers}, with
 * {@link org.politiqueville.core.exchange.QuarterMerger} for one row per quarter × commune), the import of one
 * table row by row ({@link org.politiqueville.core.exchange.TableImport}, which the CSV and spreadsheet adapters
 * feed), the report of an import ({@link org.politiqueville.core.exchange.ImportReport}) and writing files atomically
 * ({@link org.politiqueville.core.exchange.AtomicFiles}).
 *
 * <p>Adapters (CSV, spreadsheets, JSON) only translate bytes into cells or trees; everything about
 * what a cell means lives here so they all read the same legacy files the same way.
 */
package org.politiqueville.core.exchange;
