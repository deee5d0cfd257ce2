package org.politiqueville.core.governance;

import jakarta.validation.constraints.PositiveOrZero;

/**
 * The number of members of one college of a citizens' council, by gender. Counts only: members are
 * private persons, and the rules on councils need no name (GDPR).
 *
 * <p>A negative count is not thrown: Bean Validation reports it.
 *
 * @param women                the number of women, at least 0
 * @param men                  the number of men, at least 0
 * @param otherOrUnspecified   the number of members who are neither or whose gender is not given, at
 *                             least 0
 */
public record MemberCount(@PositiveOrZero int women, @PositiveOrZero int men, @PositiveOrZero int otherOrUnspecified) {

    /** No member. */
    public static final MemberCount NONE = new MemberCount(0, 0, 0);

    /**
     * A count of women and men only.
     *
     * @param women the number of women
     * @param men   the number of men
     * @return the count, not null
     */
    public static MemberCount of(int women, int men) {
        return new MemberCount(women, men, 0);
    }

    /**
     * The number of members, whatever their gender.
     *
     * @return women, men and others added up
     */
    public int total() {
        return women + men + otherOrUnspecified;
    }
}
