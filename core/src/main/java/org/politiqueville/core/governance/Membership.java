package org.politiqueville.core.governance;

import java.util.Objects;
import org.politiqueville.core.id.ReducedDate;
import org.politiqueville.core.validation.InvalidValueException;
import org.politiqueville.core.validation.ProblemCode;

/**
 * A member's place in a governance body, shaped like a Popolo Membership.
 *
 * <p>The member is usually an organisation (an association in the collective, a landlord on the
 * steering committee). A person may be named only when the data's publisher has a basis for it:
 * nothing in the library requires persons, and a citizens' council's residents are recorded as
 * counts in its {@link CouncilComposition} instead.
 *
 * @param member       the id or name of the member, not blank
 * @param organisation the id of the body, not blank
 * @param role         the role held, such as "membre" or "co-président", may be null
 * @param start        when the membership started, may be null
 * @param end          when it ended, may be null
 */
public record Membership(String member, String organisation, String role, ReducedDate start, ReducedDate end) {

    /**
     * Checks the components.
     *
     * @param member the id or name of the member, not blank
     * @param organisation the id of the body, not blank
     * @param role the role held, such as "membre" or "co-président", may be null
     * @param start when the membership started, may be null
     * @param end when it ended, may be null
     * @throws NullPointerException  if {@code member} or {@code organisation} is null
     * @throws InvalidValueException with {@link ProblemCode#REQUIRED} if one of them is blank
     */
    public Membership {
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(organisation, "organisation");
        if (member.isBlank()) {
            throw new InvalidValueException(ProblemCode.REQUIRED, member);
        }
        if (organisation.isBlank()) {
            throw new InvalidValueException(ProblemCode.REQUIRED, organisation);
        }
    }

    /**
     * A membership without role or dates.
     *
     * @param member       the id or name of the member, not blank
     * @param organisation the id of the body, not blank
     * @return the membership, not null
     * @throws InvalidValueException if a part is blank
     */
    public static Membership of(String member, String organisation) {
        return new Membership(member, organisation, null, null, null);
    }
}
