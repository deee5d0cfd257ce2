package org.politiqueville.core.governance;

/** The kinds of body that take part in the governance of a city contract. */
public enum BodyKind {
    /** A citizens' council ("conseil citoyen"), one per priority quarter (law 2014-173, art. 7). */
    CITIZENS_COUNCIL,
    /** A federation of associations ("inter-associatif"). */
    ASSOCIATIONS_COLLECTIVE,
    /** The contract's steering committee ("comité de pilotage"). */
    STEERING_COMMITTEE,
    /** A social landlord ("bailleur social"). */
    SOCIAL_LANDLORD,
    /** A public institution: the State, a commune, the agglomeration, a public agency. */
    INSTITUTION,
    /** A single association. */
    ASSOCIATION,
    /** A working group on one theme of the contract. */
    THEMATIC_WORKING_GROUP,
    /** Any other body. */
    OTHER
}
