package org.politiqueville.core.id.constraints;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.politiqueville.core.id.RnaNumber;

/** Checks {@link RnaNumberFormat} with the same rules as {@link RnaNumber#parse(CharSequence)}. */
public final class RnaNumberFormatValidator implements ConstraintValidator<RnaNumberFormat, CharSequence> {

    /** Creates the validator; Bean Validation providers call this. */
    public RnaNumberFormatValidator() {
        // stateless
    }

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        return value == null || RnaNumber.isValid(value);
    }
}
