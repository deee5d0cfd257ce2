package org.politiqueville.core.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.politiqueville.core.validation.InvalidValueException;
import org.politiqueville.core.validation.ProblemCode;

class RnaNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"W442001234", "W2D1234567"})
    void acceptsStrictAndLetterForms(String text) {
        assertThat(RnaNumber.parse(text).toString()).isEqualTo(text);
        assertThat(RnaNumber.isValid(text)).isTrue();
    }

    @Test
    void ignoresSpacesAndCase() {
        assertThat(RnaNumber.parse(" w442 001 234 ")).isEqualTo(new RnaNumber("W442001234"));
        assertThat(RnaNumber.parse("w2d\u00A01234567")).isEqualTo(new RnaNumber("W2D1234567"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"W12345678", "W1234567890", "X442001234", "WA42001234", "W44200123A", "W4-2001234", "",
                            "442001234"})
    void rejectsMalformedNumbers(String text) {
        assertThatThrownBy(() -> RnaNumber.parse(text))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.code()).isEqualTo(ProblemCode.RNA_FORMAT));
        assertThat(RnaNumber.isValid(text)).isFalse();
    }
}
