/**
 * The workings of the spreadsheet adapter: one reader per file format behind
 * {@link org.politiqueville.spreadsheet.internal.WorkbookReader}, the rules that turn typed cells
 * into text, and the writers. Not part of the API: it may change in any release.
 */
package org.politiqueville.spreadsheet.internal;
