package org.politiqueville.core.id;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.politiqueville.core.validation.InvalidValueException;
import org.politiqueville.core.validation.ProblemCode;

/**
 * The number of an association in the national register of associations (RNA), such as
 * {@code W442001234}.
 *
 * <p>{@code W} then nine characters. The strict form is nine digits, but real registers hold
 * numbers with a letter in third position ({@code W2D1234567}), so the accepted form is
 * {@code W\d[\dA-Z]\d{7}}. There is no checksum.
 *
 * @param value the ten-character number, not null
 */
public record RnaNumber(String value) implements Comparable<RnaNumber> {

    private static final Pattern FORMAT = Pattern.compile("W\\d[\\dA-Z]\\d{7}");

    /**
     * Checks the number.
     *
     * @param value the ten-character number, not null
     * @throws NullPointerException  if {@code value} is null
     * @throws InvalidValueException with {@link ProblemCode#RNA_FORMAT} if it is not well-formed
     */
    public RnaNumber {
        Objects.requireNonNull(value, "value");
        if (!FORMAT.matcher(value).matches()) {
            throw new InvalidValueException(ProblemCode.RNA_FORMAT, value);
        }
    }

    /**
     * Reads an RNA number, ignoring spaces and letter case.
     *
     * @param text the text, not null
     * @return the number, not null
     * @throws InvalidValueException if the text is not an RNA number
     */
    public static RnaNumber parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        return new RnaNumber(Digits.stripSpaces(text).toUpperCase(Locale.ROOT));
    }

    /**
     * Whether a text is an RNA number as {@link #parse(CharSequence)} reads it.
     *
     * @param text the text, may be null
     * @return true if {@code parse} would accept it
     */
    public static boolean isValid(CharSequence text) {
        return text != null && FORMAT.matcher(Digits.stripSpaces(text).toUpperCase(Locale.ROOT)).matches();
    }

    @Override
    public int compareTo(RnaNumber other) {
        return value.compareTo(other.value);
    }

    /**
     * The number, as {@link #parse(CharSequence)} reads it.
     *
     * @return the ten-character number
     */
    @Override
    public String toString() {
        return value;
    }
}
