package org.politiqueville.core.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.politiqueville.core.validation.InvalidValueException;
import org.politiqueville.core.validation.ProblemCode;

class SirenTest {

    private static final String NANTES_METROPOLE = "244400404";

    @Test
    void acceptsNantesMetropole() {
        assertThat(Siren.isValid(NANTES_METROPOLE)).isTrue();
        assertThat(Siren.parse(NANTES_METROPOLE).toString()).isEqualTo(NANTES_METROPOLE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"244 400 404", "244\u00A0400\u00A0404", "244\u202F400\u202F404", " 244400404\t"})
    void stripsSpacesBetweenDigitGroups(String text) {
        assertThat(Siren.parse(text)).isEqualTo(new Siren(NANTES_METROPOLE));
        assertThat(Siren.isValid(text)).isTrue();
    }

    @Test
    void rejectsEveryOneDigitChange() {
        for (int i = 0; i < 9; i++) {
            char original = NANTES_METROPOLE.charAt(i);
            for (char c = '0'; c <= '9'; c++) {
                if (c != original) {
                    String changed = NANTES_METROPOLE.substring(0, i) + c + NANTES_METROPOLE.substring(i + 1);
                    assertRejected(changed, ProblemCode.SIREN_CHECKSUM);
                }
            }
        }
    }

    @Test
    void rejectsAnOffByOneDigit() {
        assertRejected("244400405", ProblemCode.SIREN_CHECKSUM);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "24440040", "2444004040", "24440040A", "244-400-404", "２４４４００４０４"})
    void rejectsWhatIsNotNineDigits(String text) {
        assertRejected(text, ProblemCode.SIREN_FORMAT);
    }

    private static void assertRejected(String text, ProblemCode code) {
        assertThatThrownBy(() -> Siren.parse(text))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo(code));
        assertThat(Siren.isValid(text)).isFalse();
    }
}
