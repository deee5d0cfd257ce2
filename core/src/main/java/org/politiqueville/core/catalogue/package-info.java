/**
 * The document catalogue: documents, their faceted categories and the queries over them.
 */
package org.politiqueville.core.catalogue;
