package org.politiqueville.core.governance;

/** The two colleges of a citizens' council (law 2014-173, art. 7). */
public enum College {
    /** Residents of the quarter, drawn by lot. */
    RESIDENTS,
    /** Associations and local actors based or working in the quarter. */
    ASSOCIATIONS_AND_LOCAL_ACTORS
}
