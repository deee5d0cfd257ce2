package org.politiqueville.core.id.constraints;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import org.politiqueville.core.id.IdArbitraries;
import org.politiqueville.core.id.constraints.IdentifierConstraintsTest.RawIds;

class IdentifierConstraintsProperties {

    private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();
    private static final Validator VALIDATOR = FACTORY.getValidator();

    @AfterContainer
    static void closeFactory() {
        FACTORY.close();
    }

    @Property(tries = 300)
    void constraintsAgreeWithTheValueTypes(@ForAll("texts") String text) {
        assertThat(IdentifierConstraintsTest.rejected(VALIDATOR, RawIds.all(text)))
                .isEqualTo(IdentifierConstraintsTest.expectedRejected(text));
    }

    @Property(tries = 200)
    void validIdentifiersPass(@ForAll("validIds") RawIds ids) {
        assertThat(VALIDATOR.validate(ids)).isEmpty();
    }

    @Provide
    Arbitrary<String> texts() {
        return IdArbitraries.anyText().filter(text -> text.length() < 1_000);
    }

    @Provide
    Arbitrary<RawIds> validIds() {
        return Combinators.combine(
                        IdArbitraries.qpvCodes().map(Object::toString), IdArbitraries.inseeCodes().map(Object::toString),
                        IdArbitraries.sirens().map(Object::toString), IdArbitraries.sirets().map(Object::toString),
                        IdArbitraries.rnaNumbers().map(Object::toString), IdArbitraries.periods().map(Object::toString))
                .as(RawIds::new);
    }
}
