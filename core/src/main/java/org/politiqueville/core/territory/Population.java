package org.politiqueville.core.territory;

import jakarta.validation.constraints.PositiveOrZero;

/**
 * The number of inhabitants of a territory, with the year it was counted or estimated for.
 *
 * @param count the number of inhabitants; never negative (reported by Bean Validation, not thrown)
 * @param year  the year of the census or estimate, such as {@code 2020}
 */
public record Population(@PositiveOrZero long count, int year) {
}
