package org.politiqueville.core.engagement;

/**
 * The pillar of a city contract an engagement belongs to.
 *
 * <p>The law sets the first three; Nantes' 2015–2020 contract added the fourth, governance and
 * citizen participation, which other contracts may use as well.
 */
public enum Pillar {

    /** Social cohesion (« Cohésion sociale »). */
    SOCIAL_COHESION("Cohésion sociale"),
    /** Living environment and urban renewal (« Cadre de vie et renouvellement urbain »). */
    LIVING_ENVIRONMENT_AND_URBAN_RENEWAL("Cadre de vie et renouvellement urbain"),
    /** Economic development and employment (« Développement économique et emploi »). */
    ECONOMIC_DEVELOPMENT_AND_EMPLOYMENT("Développement économique et emploi"),
    /** Governance and citizen participation (« Gouvernance et participation citoyenne »). */
    GOVERNANCE_AND_CITIZEN_PARTICIPATION("Gouvernance et participation citoyenne");

    private final String label;

    Pillar(String label) {
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
