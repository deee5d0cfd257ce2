package org.politiqueville.core.territory;

import java.util.Objects;
import org.politiqueville.core.validation.InvalidValueException;
import org.politiqueville.core.validation.ProblemCode;

/** Argument checks shared by the territory records. */
final class Territories {

    private Territories() {
    }

    /**
     * Checks that a required text is present and not blank.
     *
     * @param text the text
     * @param name the component's name, for the null-pointer message
     * @return the text
     * @throws NullPointerException  if {@code text} is null
     * @throws InvalidValueException with {@link ProblemCode#REQUIRED} if it is blank
     */
    static String requireText(String text, String name) {
        Objects.requireNonNull(text, name);
        if (text.isBlank()) {
            throw new InvalidValueException(ProblemCode.REQUIRED, text);
        }
        return text;
    }
}
