package org.politiqueville.core.id.constraints;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.politiqueville.core.id.Siren;

/** Checks {@link SirenFormat} with the same rules as {@link Siren#parse(CharSequence)}. */
public final class SirenFormatValidator implements ConstraintValidator<SirenFormat, CharSequence> {

    /** Creates the validator; Bean Validation providers call this. */
    public SirenFormatValidator() {
        // stateless
    }

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        return value == null || Siren.isValid(value);
    }
}
