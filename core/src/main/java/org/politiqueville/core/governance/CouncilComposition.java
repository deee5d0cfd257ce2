package org.politiqueville.core.governance;

import jakarta.validation.Valid;
import java.util.Objects;

/**
 * The composition of a citizens' council by college and gender, without personal data.
 *
 * <p>The rules on it (residents at least half of the members, parity of the residents' college,
 * residents not volunteers only) are checked by {@link GovernanceRules#checkComposition}, not here.
 *
 * @param residentsCollege  the residents' college, not null
 * @param actorsCollege     the college of associations and local actors, not null
 * @param residentSelection how residents were chosen, or null when the source does not say
 */
public record CouncilComposition(@Valid MemberCount residentsCollege, @Valid MemberCount actorsCollege,
                                 ResidentSelection residentSelection) {

    /**
     * Checks the components.
     *
     * @param residentsCollege the residents' college, not null
     * @param actorsCollege the college of associations and local actors, not null
     * @param residentSelection how residents were chosen, or null when the source does not say
     * @throws NullPointerException if a college is null
     */
    public CouncilComposition {
        Objects.requireNonNull(residentsCollege, "residentsCollege");
        Objects.requireNonNull(actorsCollege, "actorsCollege");
    }

    /**
     * One college's members.
     *
     * @param college the college, not null
     * @return its count, not null
     */
    public MemberCount college(College college) {
        return switch (Objects.requireNonNull(college, "college")) {
            case RESIDENTS -> residentsCollege;
            case ASSOCIATIONS_AND_LOCAL_ACTORS -> actorsCollege;
        };
    }

    /**
     * The number of residents.
     *
     * @return the residents' college's total
     */
    public int residents() {
        return residentsCollege.total();
    }

    /**
     * The number of members of both colleges.
     *
     * @return the council's size
     */
    public int total() {
        return residentsCollege.total() + actorsCollege.total();
    }
}
