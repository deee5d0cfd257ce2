package org.politiqueville.core.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.politiqueville.core.contract.PolitiqueVilleValidator;
import org.politiqueville.core.engagement.Engagement;
import org.politiqueville.core.indicator.Observation;

/**
 * The public entry point to the hand checks reports what a validator with Bean Validation reports,
 * on the valid and broken entities of {@link HandChecksProperties}.
 */
class HandValidationProperties {

    private static final HandChecksProperties ENTITIES = new HandChecksProperties();

    @Property
    void sameReportAsTheValidator(@ForAll("entities") Object entity, @ForAll boolean strict) {
        assertThat(HandValidation.covers(entity.getClass())).isTrue();
        assertThat(HandValidation.validate(entity, strict))
                .isEqualTo(PolitiqueVilleValidator.builder().strict(strict).build().validate(entity));
    }

    @Example
    void refusesTypesItDoesNotCover() {
        assertThat(HandValidation.covers(Engagement.class)).isFalse();
        assertThat(HandValidation.covers(Observation.class)).isTrue();
        assertThatThrownBy(() -> HandValidation.validate("text", false)).isInstanceOf(IllegalArgumentException.class);
    }

    @Provide
    Arbitrary<Object> entities() {
        return Arbitraries.oneOf(ENTITIES.observations().map(Object.class::cast),
                ENTITIES.quarters().map(Object.class::cast), ENTITIES.documents().map(Object.class::cast),
                ENTITIES.indicators().map(Object.class::cast), ENTITIES.communes().map(Object.class::cast));
    }
}
