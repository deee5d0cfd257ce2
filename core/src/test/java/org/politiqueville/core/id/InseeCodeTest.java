package org.politiqueville.core.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.politiqueville.core.validation.InvalidValueException;
import org.politiqueville.core.validation.ProblemCode;

class InseeCodeTest {

    @Test
    void parsesEveryCommuneOfNantesMetropole() {
        var rows = NantesSample.rows("nantes-metropole-communes.csv");
        assertThat(rows).hasSize(24);
        for (String[] row : rows) {
            InseeCode code = InseeCode.parse(row[0]);
            assertThat(code.value()).isEqualTo(row[0]);
            assertThat(code.departement()).isEqualTo("44");
            assertThat(InseeCode.isValid(row[0])).isTrue();
        }
    }

    @Test
    void parsesEveryCommuneOfTheQpvSample() {
        NantesSample.rows("nantes-metropole-qpv-2024.csv").stream()
                .flatMap(row -> Arrays.stream(row[2].split("\\|")))
                .forEach(code -> assertThat(InseeCode.parse(code).toString()).isEqualTo(code));
    }

    @Test
    void acceptsCorsicaAndOverseasCodes() {
        assertThat(InseeCode.parse("2a004").value()).isEqualTo("2A004");
        assertThat(InseeCode.parse("2A004").departement()).isEqualTo("2A");
        assertThat(InseeCode.parse(" 97105 ").departement()).isEqualTo("971");
    }

    @Test
    void rejectsFourDigitsAsLeadingZeroLost() {
        assertThatThrownBy(() -> InseeCode.parse("1053"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.code()).isEqualTo(ProblemCode.INSEE_CODE_LEADING_ZERO_LOST);
                    assertThat(e.value()).isEqualTo("1053");
                });
        assertThat(InseeCode.isValid("1053")).isFalse();
    }

    @Test
    void lenientParseRestoresTheLeadingZero() {
        assertThat(InseeCode.parseLenient("1053")).isEqualTo(new InseeCode("01053"));
        assertThat(InseeCode.parseLenient(" 44109 ")).isEqualTo(new InseeCode("44109"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2C004", "", "441090", "4410", "44 109", "4410A", "AB123", "٤٤١٠٩"})
    void rejectsMalformedCodes(String text) {
        ProblemCode expected = text.equals("4410") ? ProblemCode.INSEE_CODE_LEADING_ZERO_LOST
                                                   : ProblemCode.INSEE_CODE_FORMAT;
        assertThatThrownBy(() -> InseeCode.parse(text))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo(expected));
        assertThat(InseeCode.isValid(text)).isFalse();
    }

    @Test
    void lenientParseStillRejectsWhatIsNotACode() {
        assertThatThrownBy(() -> InseeCode.parseLenient("2C004"))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.code()).isEqualTo(ProblemCode.INSEE_CODE_FORMAT));
    }

    @Test
    void ordersByCode() {
        assertThat(InseeCode.parse("01053")).isLessThan(InseeCode.parse("2A004"));
    }
}
