package org.politiqueville.core.id;

import java.util.Objects;
import java.util.regex.Pattern;
import org.politiqueville.core.validation.InvalidValueException;
import org.politiqueville.core.validation.ProblemCode;

/**
 * The INSEE code of a French commune (code officiel géographique), such as {@code 44109} for Nantes
 * or {@code 2A004} for Ajaccio.
 *
 * <p>Five characters: two digits, or {@code 2A}/{@code 2B} for Corsica, then three digits. Overseas
 * communes start with {@code 97}. Spreadsheets often turn {@code 01053} into the number
 * {@code 1053}; {@link #parse(CharSequence)} rejects that with
 * {@link ProblemCode#INSEE_CODE_LEADING_ZERO_LOST} and only {@link #parseLenient(CharSequence)}
 * restores the zero, so that the repair is always the caller's explicit choice.
 *
 * @param value the five-character code, not null
 */
public record InseeCode(String value) implements Comparable<InseeCode> {

    private static final Pattern FORMAT = Pattern.compile("(\\d{2}|2[AB])\\d{3}");
    private static final Pattern FOUR_DIGITS = Pattern.compile("\\d{4}");

    /**
     * Checks the code.
     *
     * @param value the five-character code, not null
     * @throws NullPointerException  if {@code value} is null
     * @throws InvalidValueException if {@code value} is not a well-formed INSEE code
     */
    public InseeCode {
        Objects.requireNonNull(value, "value");
        if (!FORMAT.matcher(value).matches()) {
            throw new InvalidValueException(
                    FOUR_DIGITS.matcher(value).matches() ? ProblemCode.INSEE_CODE_LEADING_ZERO_LOST
                                                         : ProblemCode.INSEE_CODE_FORMAT, value);
        }
    }

    /**
     * Reads an INSEE code, ignoring surrounding whitespace and the case of {@code 2a}/{@code 2b}.
     *
     * @param text the text, not null
     * @return the code, not null
     * @throws InvalidValueException if the text is not an INSEE code; a 4-digit text gives the code
     *                               {@link ProblemCode#INSEE_CODE_LEADING_ZERO_LOST}
     */
    public static InseeCode parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        return new InseeCode(text.toString().strip().toUpperCase(java.util.Locale.ROOT));
    }

    /**
     * Reads an INSEE code like {@link #parse(CharSequence)}, but restores the leading zero of a
     * 4-digit code that a spreadsheet read as a number ({@code 1053} gives {@code 01053}).
     *
     * @param text the text, not null
     * @return the code, not null
     * @throws InvalidValueException if the text is not an INSEE code even with a leading zero
     */
    public static InseeCode parseLenient(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String trimmed = text.toString().strip();
        return parse(FOUR_DIGITS.matcher(trimmed).matches() ? "0" + trimmed : trimmed);
    }

    /**
     * Whether a text is a well-formed INSEE code as {@link #parse(CharSequence)} reads it.
     *
     * @param text the text, may be null
     * @return true if {@code parse} would accept it
     */
    public static boolean isValid(CharSequence text) {
        return text != null && FORMAT.matcher(text.toString().strip().toUpperCase(java.util.Locale.ROOT)).matches();
    }

    /**
     * The département part: the first two characters, or three for overseas ({@code 971}…).
     *
     * @return the département code, not null
     */
    public String departement() {
        return value.startsWith("97") ? value.substring(0, 3) : value.substring(0, 2);
    }

    @Override
    public int compareTo(InseeCode other) {
        return value.compareTo(other.value);
    }

    /**
     * The code itself, as {@link #parse(CharSequence)} reads it.
     *
     * @return the five-character code
     */
    @Override
    public String toString() {
        return value;
    }
}
