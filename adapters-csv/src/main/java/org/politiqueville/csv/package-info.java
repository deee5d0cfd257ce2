/**
 * The CSV byte and format layer: dialects and their detection, streaming record reading with
 * starting line numbers, and writing with formula protection.
 *
 * <p>Values are text here; parsing French numbers and dates and mapping columns to entities is done
 * above this layer.
 */
package org.politiqueville.csv;
