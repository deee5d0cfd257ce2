package org.politiqueville.core.engagement;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.util.Objects;
import org.politiqueville.core.id.ReducedDate;

/**
 * A dated step of an engagement, like a Decidim accountability timeline entry: "2017: participation
 * charter adopted".
 *
 * @param date     when the step happens or happened, not null
 * @param title    what the step is, not null, not blank (Bean Validation)
 * @param progress the engagement's progress in percent the step stands for, 0–100 (Bean Validation),
 *                 or null when the step does not mark a progress
 */
public record Milestone(ReducedDate date, @NotBlank String title, @Min(0) @Max(100) Integer progress) {

    /**
     * Checks the components.
     *
     * @param date when the step happens or happened, not null
     * @param title what the step is, not null, not blank (Bean Validation)
     * @param progress the engagement's progress in percent the step stands for, 0–100 (Bean Validation), or null when the step does not mark a progress
     * @throws NullPointerException if {@code date} or {@code title} is null
     */
    public Milestone {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(title, "title");
    }

    /**
     * A milestone that does not mark a progress.
     *
     * @param date  when, not null
     * @param title what, not null
     * @return the milestone, not null
     */
    public static Milestone of(ReducedDate date, String title) {
        return new Milestone(date, title, null);
    }
}
