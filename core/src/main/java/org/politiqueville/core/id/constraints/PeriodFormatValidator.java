package org.politiqueville.core.id.constraints;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.politiqueville.core.id.Period;

/** Checks {@link PeriodFormat} with the same rules as {@link Period#parse(CharSequence)}. */
public final class PeriodFormatValidator implements ConstraintValidator<PeriodFormat, CharSequence> {

    /** Creates the validator; Bean Validation providers call this. */
    public PeriodFormatValidator() {
        // stateless
    }

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        return value == null || Period.isValid(value);
    }
}
