package org.politiqueville.core.id.constraints;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.politiqueville.core.id.QpvCode;

/** Checks {@link QpvCodeFormat} with the same rules as {@link QpvCode#parse(CharSequence)}. */
public final class QpvCodeFormatValidator implements ConstraintValidator<QpvCodeFormat, CharSequence> {

    /** Creates the validator; Bean Validation providers call this. */
    public QpvCodeFormatValidator() {
        // stateless
    }

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        return value == null || QpvCode.isValid(value);
    }
}
