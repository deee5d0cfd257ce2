package org.politiqueville.core.governance;

import java.util.Objects;
import org.politiqueville.core.id.RnaNumber;
import org.politiqueville.core.id.Siren;
import org.politiqueville.core.id.Siret;

/**
 * The official identifiers of a body that is a legal entity: a social landlord has a SIREN, an
 * association an RNA number and, if it employs staff, a SIREN and SIRETs. A citizens' council or a
 * working group usually has none.
 *
 * @param siren the legal entity's SIREN, may be null
 * @param siret the SIRET of the establishment concerned, may be null
 * @param rna   the association's RNA number, may be null
 */
public record LegalIdentifiers(Siren siren, Siret siret, RnaNumber rna) {

    /** No identifier. */
    public static final LegalIdentifiers NONE = new LegalIdentifiers(null, null, null);

    /**
     * Identifiers with only a SIREN.
     *
     * @param siren the SIREN, not null
     * @return the identifiers, not null
     */
    public static LegalIdentifiers ofSiren(Siren siren) {
        return new LegalIdentifiers(Objects.requireNonNull(siren, "siren"), null, null);
    }

    /**
     * Identifiers with only an RNA number.
     *
     * @param rna the RNA number, not null
     * @return the identifiers, not null
     */
    public static LegalIdentifiers ofRna(RnaNumber rna) {
        return new LegalIdentifiers(null, null, Objects.requireNonNull(rna, "rna"));
    }

    /**
     * Whether no identifier is known.
     *
     * @return true if all three are null
     */
    public boolean isEmpty() {
        return siren == null && siret == null && rna == null;
    }
}
