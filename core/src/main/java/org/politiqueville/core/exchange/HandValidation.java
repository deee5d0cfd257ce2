package org.politiqueville.core.exchange;

import java.util.Objects;
import org.politiqueville.core.validation.RuleContext;
import org.politiqueville.core.validation.ValidationReport;

/**
 * The validation of one entity that {@link org.politiqueville.core.contract.PolitiqueVilleValidator#validate(Object)}
 * does with Bean Validation, done without Bean Validation for the simple types whose few constraints
 * the importers check by hand: the same problems, in the same order, for a fraction of the cost.
 *
 * <p>For readers of other formats (the JSON adapter) that validate many entities of one type with
 * the default validator. The types covered are those whose annotations are still the ones the hand
 * checks know; a constraint added, moved or removed on a type makes {@link #covers} false for it.
 */
public final class HandValidation {

    private HandValidation() {
    }

    /**
     * Whether entities of a type can be validated by hand.
     *
     * @param type the entity type, not null
     * @return true if {@link #validate} reports for it what a validator with Bean Validation reports
     */
    public static boolean covers(Class<?> type) {
        return HandChecks.covers(Objects.requireNonNull(type, "type"));
    }

    /**
     * Validates one entity by hand: the same report as
     * {@code PolitiqueVilleValidator.builder().strict(strict).build().validate(entity)} with the
     * default Bean Validation provider.
     *
     * @param entity the entity, of a type {@linkplain #covers covered}, not null
     * @param strict whether broken legal rules are errors (strict) or warnings
     * @return the report, not null
     * @throws IllegalArgumentException if the entity's type is not covered
     */
    public static ValidationReport validate(Object entity, boolean strict) {
        Objects.requireNonNull(entity, "entity");
        RuleContext context = new RuleContext(ValidationReport.builder(), strict);
        HandChecks.check(entity, context);
        return context.report();
    }
}
