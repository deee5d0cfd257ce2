package org.politiqueville.core.id.constraints;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.politiqueville.core.id.Siret;

/** Checks {@link SiretFormat} with the same rules as {@link Siret#parse(CharSequence)}. */
public final class SiretFormatValidator implements ConstraintValidator<SiretFormat, CharSequence> {

    /** Creates the validator; Bean Validation providers call this. */
    public SiretFormatValidator() {
        // stateless
    }

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        return value == null || Siret.isValid(value);
    }
}
