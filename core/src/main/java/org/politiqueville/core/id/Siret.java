package org.politiqueville.core.id;

import java.util.Objects;
import org.politiqueville.core.validation.InvalidValueException;
import org.politiqueville.core.validation.ProblemCode;

/**
 * A SIRET, the 14-digit identifier of an establishment: its entity's {@link Siren} then a 5-digit
 * establishment number.
 *
 * <p>The checksum is Luhn over all 14 digits, except for La Poste (SIREN {@code 356000000}), whose
 * SIRETs are also valid when the sum of their digits is a multiple of 5 (its head office,
 * {@code 35600000000048}, passes Luhn but not that rule).
 *
 * @param value the fourteen digits, not null
 */
public record Siret(String value) implements Comparable<Siret> {

    /**
     * Checks the SIRET.
     *
     * @param value the fourteen digits, not null
     * @throws NullPointerException  if {@code value} is null
     * @throws InvalidValueException with {@link ProblemCode#SIRET_FORMAT} if it is not 14 digits, or
     *                               {@link ProblemCode#SIRET_CHECKSUM} if it fails its checksum
     */
    public Siret {
        Objects.requireNonNull(value, "value");
        if (!Digits.isDigits(value, 14)) {
            throw new InvalidValueException(ProblemCode.SIRET_FORMAT, value);
        }
        if (!hasValidChecksum(value)) {
            throw new InvalidValueException(ProblemCode.SIRET_CHECKSUM, value);
        }
    }

    private static boolean hasValidChecksum(String digits) {
        // La Poste's head office (35600000000048) passes Luhn but not the digit-sum rule of its
        // other establishments, so La Poste's SIRETs are valid under either rule.
        return Digits.passesLuhn(digits)
                || (digits.startsWith(Siren.LA_POSTE) && Digits.digitSum(digits) % 5 == 0);
    }

    /**
     * Reads a SIRET, ignoring spaces (including no-break spaces) between digit groups.
     *
     * @param text the text, not null
     * @return the SIRET, not null
     * @throws InvalidValueException if the digits are not a valid SIRET
     */
    public static Siret parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        return new Siret(Digits.stripSpaces(text));
    }

    /**
     * Whether a text is a SIRET as {@link #parse(CharSequence)} reads it.
     *
     * @param text the text, may be null
     * @return true if {@code parse} would accept it
     */
    public static boolean isValid(CharSequence text) {
        if (text == null) {
            return false;
        }
        String digits = Digits.stripSpaces(text);
        return Digits.isDigits(digits, 14) && hasValidChecksum(digits);
    }

    /**
     * The SIREN of the entity this establishment belongs to: the first nine digits.
     *
     * <p>For La Poste the nine digits are always {@code 356000000}, itself a valid SIREN.
     *
     * @return the SIREN, not null
     * @throws InvalidValueException if the first nine digits fail the SIREN checksum, which a SIRET
     *                               that passed its own check can still do
     */
    public Siren siren() {
        return new Siren(value.substring(0, 9));
    }

    /**
     * The establishment number (NIC): the last five digits.
     *
     * @return the five digits
     */
    public String nic() {
        return value.substring(9);
    }

    @Override
    public int compareTo(Siret other) {
        return value.compareTo(other.value);
    }

    /**
     * The fourteen digits, as {@link #parse(CharSequence)} reads them.
     *
     * @return the SIRET
     */
    @Override
    public String toString() {
        return value;
    }
}
