/**
 * Helpers of the CSV adapter: charset sniffing and decoding, the FastCSV record handler, formula
 * protection and the Frictionless descriptors of exported tables. Not part of the API: the module does not export this
 * package and its types may change at any time.
 */
package org.politiqueville.csv.internal;
