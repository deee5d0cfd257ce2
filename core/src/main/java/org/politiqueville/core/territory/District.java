package org.politiqueville.core.territory;

import java.util.List;

/**
 * A named grouping of quarters, such as "Nantes Nord", that people and documents treat as one
 * place: a city district with several priority quarters and, for example, one citizens' council.
 *
 * <p>{@link TerritoryRules#checkDistrict} reports a district with no quarter or naming an unknown
 * one.
 *
 * @param id         a stable id chosen by the referential, such as {@code nantes-nord}, not blank
 * @param name       the name, such as "Nantes Nord", not blank
 * @param aliases    other names people use, not null, no null element
 * @param quarterIds the ids of the quarters it groups, not null, no null element
 */
public record District(String id, String name, List<String> aliases, List<String> quarterIds) {

    /**
     * Checks the components and copies the lists.
     *
     * @param id a stable id chosen by the referential, such as {@code nantes-nord}, not blank
     * @param name the name, such as "Nantes Nord", not blank
     * @param aliases other names people use, not null, no null element
     * @param quarterIds the ids of the quarters it groups, not null, no null element
     * @throws NullPointerException  if a component or an element of a list is null
     * @throws org.politiqueville.core.validation.InvalidValueException with
     *         {@link org.politiqueville.core.validation.ProblemCode#REQUIRED} if {@code id} or
     *         {@code name} is blank
     */
    public District {
        Territories.requireText(id, "id");
        Territories.requireText(name, "name");
        aliases = List.copyOf(aliases);
        quarterIds = List.copyOf(quarterIds);
    }

    /**
     * A reference to this district, by id.
     *
     * @return the reference, not null
     */
    public TerritoryRef ref() {
        return TerritoryRef.district(id);
    }
}
