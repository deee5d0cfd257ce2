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
 * The annotated text is a period, as {@link org.politiqueville.core.id.Period#parse(CharSequence)} reads
 * it (for example {@code 2015/2020}). {@code null} is valid: combine with {@code @NotNull} to require a value.
 *
 * <p>Supported types: {@link CharSequence}. The default message is in French and English and never
 * repeats the rejected value, so it is safe to show in logs.
 */
@Documented
@Constraint(validatedBy = PeriodFormatValidator.class)
@Target({METHOD, FIELD, ANNOTATION_TYPE, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
@Repeatable(PeriodFormat.List.class)
public @interface PeriodFormat {

    /**
     * The message template.
     *
     * @return the template, by default a key of our {@code ContributorValidationMessages} bundle
     */
    String message() default "{org.politiqueville.constraints.PeriodFormat.message}";

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

    /** Several {@link PeriodFormat} constraints on the same element. */
    @Documented
    @Target({METHOD, FIELD, ANNOTATION_TYPE, PARAMETER, RECORD_COMPONENT, TYPE_USE})
    @Retention(RUNTIME)
    @interface List {
        /**
         * The constraints.
         *
         * @return the constraints
         */
        PeriodFormat[] value();
    }
}
