package org.politiqueville.core.id.constraints;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.politiqueville.core.id.InseeCode;

/** Checks {@link InseeCodeFormat} with the same rules as {@link InseeCode#parse(CharSequence)}. */
public final class InseeCodeFormatValidator implements ConstraintValidator<InseeCodeFormat, CharSequence> {

    /** Creates the validator; Bean Validation providers call this. */
    public InseeCodeFormatValidator() {
        // stateless
    }

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        return value == null || InseeCode.isValid(value);
    }
}
