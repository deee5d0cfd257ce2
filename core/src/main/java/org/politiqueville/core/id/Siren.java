package org.politiqueville.core.id;

import java.util.Objects;
import org.politiqueville.core.validation.InvalidValueException;
import org.politiqueville.core.validation.ProblemCode;

/**
 * A SIREN, the 9-digit identifier of a French legal entity (a commune, a métropole, a social
 * landlord, an association with employees), such as {@code 244400404} for Nantes Métropole.
 *
 * @param value the nine digits, not null
 */
public record Siren(String value) implements Comparable<Siren> {

    /** La Poste's SIREN, whose establishments' SIRETs may follow a digit-sum rule instead of Luhn. */
    static final String LA_POSTE = "356000000";

    /**
     * Checks the SIREN.
     *
     * @param value the nine digits, not null
     * @throws NullPointerException  if {@code value} is null
     * @throws InvalidValueException with {@link ProblemCode#SIREN_FORMAT} if it is not 9 digits, or
     *                               {@link ProblemCode#SIREN_CHECKSUM} if it fails the Luhn check
     */
    public Siren {
        Objects.requireNonNull(value, "value");
        if (!Digits.isDigits(value, 9)) {
            throw new InvalidValueException(ProblemCode.SIREN_FORMAT, value);
        }
        if (!Digits.passesLuhn(value)) {
            throw new InvalidValueException(ProblemCode.SIREN_CHECKSUM, value);
        }
    }

    /**
     * Reads a SIREN, ignoring spaces (including no-break spaces) between digit groups:
     * {@code "244 400 404"} is {@code 244400404}.
     *
     * @param text the text, not null
     * @return the SIREN, not null
     * @throws InvalidValueException if the digits are not a valid SIREN
     */
    public static Siren parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        return new Siren(Digits.stripSpaces(text));
    }

    /**
     * Whether a text is a SIREN as {@link #parse(CharSequence)} reads it.
     *
     * @param text the text, may be null
     * @return true if {@code parse} would accept it
     */
    public static boolean isValid(CharSequence text) {
        if (text == null) {
            return false;
        }
        String digits = Digits.stripSpaces(text);
        return Digits.isDigits(digits, 9) && Digits.passesLuhn(digits);
    }

    @Override
    public int compareTo(Siren other) {
        return value.compareTo(other.value);
    }

    /**
     * The nine digits, as {@link #parse(CharSequence)} reads them.
     *
     * @return the SIREN
     */
    @Override
    public String toString() {
        return value;
    }
}
