package org.politiqueville.core.contract;

import jakarta.validation.constraints.NotBlank;
import java.util.List;
import java.util.Objects;
import org.politiqueville.core.id.ReducedDate;
import org.politiqueville.core.territory.TerritoryRef;

/**
 * A milestone in the life of a city contract, such as "2017: participation charter, Bottière Pin-Sec
 * council installed".
 *
 * @param date        when it happened, to the year, month or day, not null
 * @param title       what happened, not null (Bean Validation reports a blank one)
 * @param bodyIds     the ids of the governance bodies concerned, not null, no null element
 * @param territories the quarters, districts or communes concerned, not null, no null element
 */
public record TimelineEntry(ReducedDate date, @NotBlank String title, List<String> bodyIds,
                            List<TerritoryRef> territories) {

    /**
     * Checks and copies the components.
     *
     * @param date when it happened, to the year, month or day, not null
     * @param title what happened, not null (Bean Validation reports a blank one)
     * @param bodyIds the ids of the governance bodies concerned, not null, no null element
     * @param territories the quarters, districts or communes concerned, not null, no null element
     * @throws NullPointerException if a component is null or a list holds null
     */
    public TimelineEntry {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(title, "title");
        bodyIds = List.copyOf(bodyIds);
        territories = List.copyOf(territories);
    }

    /**
     * A milestone that names no body or territory.
     *
     * @param date  when it happened, not null
     * @param title what happened, not null
     * @return the entry, not null
     */
    public static TimelineEntry of(ReducedDate date, String title) {
        return new TimelineEntry(date, title, List.of(), List.of());
    }
}
