package org.politiqueville.core.territory;

import jakarta.validation.constraints.NotEmpty;
import java.util.List;
import java.util.Objects;
import org.politiqueville.core.id.InseeCode;
import org.politiqueville.core.id.Siren;
import org.politiqueville.core.validation.InvalidValueException;
import org.politiqueville.core.validation.ProblemCode;

/**
 * An agglomeration (établissement public de coopération intercommunale: métropole, communauté
 * urbaine or d'agglomération), the territory a city contract is signed for.
 *
 * @param id       a stable id chosen by the referential, such as {@code nantes-metropole}, not blank
 * @param siren    the SIREN of the EPCI, such as {@code 244400404}, not null
 * @param name     the official name, such as "Nantes Métropole", not blank
 * @param communes the INSEE codes of its member communes, not null, no null element; an EPCI has at
 *                 least one (reported by Bean Validation, not thrown)
 */
public record Agglomeration(String id, Siren siren, String name, @NotEmpty List<InseeCode> communes) {

    /**
     * Checks the components and copies the list.
     *
     * @param id a stable id chosen by the referential, such as {@code nantes-metropole}, not blank
     * @param siren the SIREN of the EPCI, such as {@code 244400404}, not null
     * @param name the official name, such as "Nantes Métropole", not blank
     * @param communes the INSEE codes of its member communes, not null, no null element; an EPCI has at least one (reported by Bean Validation, not thrown)
     * @throws NullPointerException  if a component or an element of {@code communes} is null
     * @throws InvalidValueException with {@link ProblemCode#REQUIRED} if {@code id} or {@code name}
     *                               is blank
     */
    public Agglomeration {
        Objects.requireNonNull(siren, "siren");
        Territories.requireText(id, "id");
        Territories.requireText(name, "name");
        communes = List.copyOf(communes);
    }

    /**
     * A reference to this agglomeration, by id.
     *
     * @return the reference, not null
     */
    public TerritoryRef ref() {
        return TerritoryRef.agglomeration(id);
    }
}
