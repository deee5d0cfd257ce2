/**
 * Text folding shared by name resolution, indicator lookup and column-header matching.
 */
package org.politiqueville.core.text;
