/**
 * Sample data bundled with the library, for demonstrations and tests: the Nantes Métropole
 * territory. The library itself is not tied to any territory.
 */
package org.politiqueville.core.sample;
