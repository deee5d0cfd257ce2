/**
 * Indicators and observations: definitions, values per territory and period with their status and confidentiality, and the gaps a city team follows.
 */
package org.politiqueville.core.indicator;
