package org.politiqueville.core.territory;

/** The kinds of territory an observation, a document or a governance body can be about. */
public enum TerritoryKind {
    /** A quarter, priority (QPV) or watch. */
    QUARTER,
    /** A named grouping of quarters, such as "Nantes Nord". */
    DISTRICT,
    /** A commune, identified by its INSEE code. */
    COMMUNE,
    /** The agglomeration (EPCI) the city contract is signed for. */
    AGGLOMERATION,
    /**
     * A comparison territory outside the contract's model, named by its label, such as
     * "France métropolitaine, unités urbaines".
     */
    REFERENCE
}
