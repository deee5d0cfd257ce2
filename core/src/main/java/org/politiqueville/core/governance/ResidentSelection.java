package org.politiqueville.core.governance;

/**
 * How the residents' college of a citizens' council was chosen. The 2014 reference framework wants
 * residents drawn by lot, possibly complemented by volunteers, never volunteers only.
 */
public enum ResidentSelection {
    /** All residents were drawn by lot. */
    DRAWN_BY_LOT,
    /** Residents were drawn by lot, and volunteers completed the college. */
    DRAWN_BY_LOT_AND_VOLUNTEERS,
    /** Residents are volunteers only, which the law does not allow. */
    VOLUNTEERS_ONLY
}
