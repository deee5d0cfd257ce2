/**
 * Spreadsheets for politiqueville: {@code .xlsx}, {@code .xls} and {@code .ods} workbooks read into
 * entities with the same mapping and report as CSV files, and entities written as {@code .xlsx} or
 * {@code .ods}. {@link org.politiqueville.spreadsheet.SpreadsheetImporter} reads one sheet;
 * {@link org.politiqueville.spreadsheet.SpreadsheetExporter} writes one;
 * {@link org.politiqueville.spreadsheet.SpreadsheetFormat} names the formats; the adapters
 * {@link org.politiqueville.spreadsheet.XlsxFormatAdapter},
 * {@link org.politiqueville.spreadsheet.XlsFormatAdapter} and
 * {@link org.politiqueville.spreadsheet.OdsFormatAdapter} plug them into
 * {@link org.politiqueville.core.spi.FormatRegistry}.
 */
package org.politiqueville.spreadsheet;
