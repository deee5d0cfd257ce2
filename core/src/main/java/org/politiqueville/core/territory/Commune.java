package org.politiqueville.core.territory;

import java.util.Objects;
import org.politiqueville.core.id.InseeCode;
import org.politiqueville.core.validation.InvalidValueException;
import org.politiqueville.core.validation.ProblemCode;

/**
 * A French commune, identified by its INSEE code, such as {@code 44109 Nantes}.
 *
 * @param code the INSEE code, not null
 * @param name the official name, such as "Saint-Herblain", not blank
 */
public record Commune(InseeCode code, String name) {

    /**
     * Checks the components.
     *
     * @param code the INSEE code, not null
     * @param name the official name, such as "Saint-Herblain", not blank
     * @throws NullPointerException  if a component is null
     * @throws InvalidValueException with {@link ProblemCode#REQUIRED} if {@code name} is blank
     */
    public Commune {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new InvalidValueException(ProblemCode.REQUIRED, name);
        }
    }

    /**
     * A reference to this commune, by INSEE code.
     *
     * @return the reference, not null
     */
    public TerritoryRef ref() {
        return TerritoryRef.commune(code.value());
    }
}
