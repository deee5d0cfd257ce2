package org.politiqueville.core.id.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * The annotated text is an RNA association number, as {@link org.politiqueville.core.id.RnaNumber#parse(CharSequence)} reads
 * it (for example {@code W442001234}). {@code null} is valid: combine with {@code @NotNull} to require a value.
 *
 * <p>Supported types: {@link CharSequence}. The default message is in French and English and never
 * repeats the rejected value, so it is safe to show in logs.
 */
@Documented
@Constraint(validatedBy = RnaNumberFormatValidator.class)
@Target({METHOD, FIELD, ANNOTATION_TYPE, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
@Repeatable(RnaNumberFormat.List.class)
public @interface RnaNumberFormat {

    /**
     * The message template.
     *
     * @return the template, by default a key of our {@code ContributorValidationMessages} bundle
     */
    String message() default "{org.politiqueville.constraints.RnaNumberFormat.message}";

    /**
     * The validation groups.
     *
     * @return the groups
     */
    Class<?>[] groups() default {};

    /**
     * The payload.
     *
     * @return the payload
     */
    Class<? extends Payload>[] payload() default {};

    /** Several {@link RnaNumberFormat} constraints on the same element. */
    @Documented
    @Target({METHOD, FIELD, ANNOTATION_TYPE, PARAMETER, RECORD_COMPONENT, TYPE_USE})
    @Retention(RUNTIME)
    @interface List {
        /**
         * The constraints.
         *
         * @return the constraints
         */
        RnaNumberFormat[] value();
    }
}
