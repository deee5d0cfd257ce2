package org.politiqueville.core.engagement;

/**
 * One of the three transverse priorities every city contract must address across its pillars.
 */
public enum TransversePriority {

    /** Youth (« Jeunesse »). */
    YOUTH("Jeunesse"),
    /** Equality between women and men (« Égalité femmes-hommes »). */
    WOMEN_MEN_EQUALITY("Égalité femmes-hommes"),
    /** Fight against discrimination (« Lutte contre les discriminations »). */
    FIGHT_AGAINST_DISCRIMINATION("Lutte contre les discriminations");

    private final String label;

    TransversePriority(String label) {
        this.label = label;
    }

    /**
     * The French label used in city contracts.
     *
     * @return the label, not null
     */
    public String label() {
        return label;
    }
}
