package org.politiqueville.core.id;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.politiqueville.core.validation.InvalidValueException;
import org.politiqueville.core.validation.ProblemCode;

/**
 * The national code of a priority quarter (quartier prioritaire de la politique de la ville), of
 * either generation.
 *
 * <ul>
 *   <li>{@link QpvGeneration#LIST_2015}: {@code QP} + 3-character département + 3 digits, such as
 *       {@code QP044001}. Départements {@code 001}–{@code 095} (but not {@code 020}), {@code 02A},
 *       {@code 02B}, {@code 971}–{@code 976}.</li>
 *   <li>{@link QpvGeneration#LIST_2024}: {@code QN} + 3-character département + 2 digits + one of
 *       the letters {@code M}, {@code I}, {@code N}, {@code C}, such as {@code QN04413M}. Every code of
 *       the 2024 national list matches {@code QN(0\d\d|02[AB]|97[1-46]|978|987)\d{2}[MINC]}.</li>
 * </ul>
 *
 * @param value the eight-character code, not null
 */
public record QpvCode(String value) implements Comparable<QpvCode> {

    private static final Pattern FORMAT_2015 = Pattern.compile("QP(\\d{2}[\\dAB])\\d{3}");
    private static final Pattern FORMAT_2024 = Pattern.compile("QN(\\d{2}[\\dAB])\\d{2}[MINC]");

    /**
     * Checks the code.
     *
     * @param value the eight-character code, not null
     * @throws NullPointerException  if {@code value} is null
     * @throws InvalidValueException with {@link ProblemCode#QPV_CODE_FORMAT} if the form is wrong, or
     *                               {@link ProblemCode#QPV_CODE_UNKNOWN_DEPARTEMENT} if the
     *                               département does not exist in that generation
     */
    public QpvCode {
        Objects.requireNonNull(value, "value");
        Matcher matcher = (value.startsWith("QN") ? FORMAT_2024 : FORMAT_2015).matcher(value);
        if (!matcher.matches()) {
            throw new InvalidValueException(ProblemCode.QPV_CODE_FORMAT, value);
        }
        String departement = matcher.group(1);
        if (!isKnownDepartement(departement, value.startsWith("QN") ? QpvGeneration.LIST_2024
                                                                      : QpvGeneration.LIST_2015)) {
            throw new InvalidValueException(ProblemCode.QPV_CODE_UNKNOWN_DEPARTEMENT, value, departement);
        }
    }

    /**
     * Reads a QPV code, ignoring surrounding whitespace and letter case.
     *
     * @param text the text, not null
     * @return the code, not null
     * @throws InvalidValueException if the text is not a QPV code of either generation
     */
    public static QpvCode parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        return new QpvCode(text.toString().strip().toUpperCase(Locale.ROOT));
    }

    /**
     * Whether a text is a QPV code as {@link #parse(CharSequence)} reads it.
     *
     * @param text the text, may be null
     * @return true if {@code parse} would accept it
     */
    public static boolean isValid(CharSequence text) {
        if (text == null) {
            return false;
        }
        String candidate = text.toString().strip().toUpperCase(Locale.ROOT);
        Matcher matcher = (candidate.startsWith("QN") ? FORMAT_2024 : FORMAT_2015).matcher(candidate);
        return matcher.matches() && isKnownDepartement(matcher.group(1),
                candidate.startsWith("QN") ? QpvGeneration.LIST_2024 : QpvGeneration.LIST_2015);
    }

    private static boolean isKnownDepartement(String departement, QpvGeneration generation) {
        if (departement.equals("02A") || departement.equals("02B")) {
            return true;
        }
        if (departement.endsWith("A") || departement.endsWith("B")) {
            return false;
        }
        int number = Integer.parseInt(departement);
        if (number >= 1 && number <= 95) {
            return number != 20;
        }
        return switch (generation) {
            case LIST_2015 -> number >= 971 && number <= 976;
            case LIST_2024 -> (number >= 971 && number <= 976 && number != 975) || number == 978 || number == 987;
        };
    }

    /**
     * The national list this code belongs to.
     *
     * @return the generation, not null
     */
    public QpvGeneration generation() {
        return value.startsWith("QN") ? QpvGeneration.LIST_2024 : QpvGeneration.LIST_2015;
    }

    /**
     * The département part as written in the code: {@code 044}, {@code 02A}, {@code 971}.
     *
     * @return the three-character département code
     */
    public String departement() {
        return value.substring(2, 5);
    }

    @Override
    public int compareTo(QpvCode other) {
        return value.compareTo(other.value);
    }

    /**
     * The code itself, as {@link #parse(CharSequence)} reads it.
     *
     * @return the eight-character code
     */
    @Override
    public String toString() {
        return value;
    }
}
