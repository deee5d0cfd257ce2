package org.politiqueville.core.exchange;

import java.util.List;
import java.util.Objects;
import org.politiqueville.core.validation.InvalidValueException;
import org.politiqueville.core.validation.ProblemCode;

/**
 * A column of a table of records: its canonical name, whether a file must have it, whether a cell
 * holds several values, and the headers legacy files give it.
 *
 * <p>{@link HeaderMapping} defines the columns of every {@linkplain RecordKind tabular kind};
 * headers are matched to the canonical name and to every alias regardless of case, accents, spaces
 * and punctuation.
 *
 * @param name        the canonical name, in English camel case ({@code qpvCode}), not blank
 * @param required    whether a file of this kind is unusable without this column
 * @param multiValued whether a cell holds a list ({@code Nantes, Saint-Herblain}), split with
 *                    {@link FrenchValues#splitList(CharSequence)}
 * @param aliases     the other headers seen in files (French labels, national file names), not null
 */
public record Column(String name, boolean required, boolean multiValued, List<String> aliases) {

    /**
     * Checks the name and copies the aliases.
     *
     * @param name the canonical name, in English camel case ({@code qpvCode}), not blank
     * @param required whether a file of this kind is unusable without this column
     * @param multiValued whether a cell holds a list ({@code Nantes, Saint-Herblain}), split with {@link FrenchValues#splitList(CharSequence)}
     * @param aliases the other headers seen in files (French labels, national file names), not null
     * @throws NullPointerException  if {@code name} or {@code aliases} is null, or holds null
     * @throws InvalidValueException with {@link ProblemCode#REQUIRED} if {@code name} is blank
     */
    public Column {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new InvalidValueException(ProblemCode.REQUIRED, name);
        }
        aliases = List.copyOf(aliases);
    }

    /**
     * The canonical name.
     *
     * @return {@link #name()}
     */
    @Override
    public String toString() {
        return name;
    }
}
