package org.politiqueville.core.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.politiqueville.core.validation.InvalidValueException;
import org.politiqueville.core.validation.ProblemCode;

class SiretTest {

    private static final String NANTES_METROPOLE_SIREN = "244400404";
    private static final String VALID = NANTES_METROPOLE_SIREN + "0001" + IdArbitraries.luhnCheckDigit(
            NANTES_METROPOLE_SIREN + "0001");

    @Test
    void acceptsAnEstablishmentOfNantesMetropole() {
        Siret siret = Siret.parse(VALID);
        assertThat(siret.toString()).isEqualTo(VALID);
        assertThat(siret.siren()).isEqualTo(new Siren(NANTES_METROPOLE_SIREN));
        assertThat(siret.nic()).isEqualTo(VALID.substring(9));
    }

    @Test
    void rejectsAnOffByOneDigit() {
        for (int i = 0; i < 14; i++) {
            int digit = VALID.charAt(i) - '0';
            String changed = VALID.substring(0, i) + (digit + 1) % 10 + VALID.substring(i + 1);
            assertRejected(changed, ProblemCode.SIRET_CHECKSUM);
        }
    }

    @Test
    void stripsSpacesBetweenDigitGroups() {
        String spaced = VALID.substring(0, 3) + " " + VALID.substring(3, 6) + "\u00A0" + VALID.substring(6, 9)
                        + "\u202F" + VALID.substring(9);
        assertThat(Siret.parse(spaced)).isEqualTo(new Siret(VALID));
        assertThat(Siret.isValid(spaced)).isTrue();
    }

    @Test
    void acceptsLaPosteSiretWhoseDigitSumIsAMultipleOfFive() {
        // 3+5+6 + 0+0+0+0+1 = 15; the Luhn check fails on this number.
        String laPoste = "35600000000001";
        assertThat(Digits.passesLuhn(laPoste)).isFalse();
        assertThat(Siret.isValid(laPoste)).isTrue();
        assertThat(Siret.parse(laPoste).siren()).isEqualTo(new Siren("356000000"));
    }

    @Test
    void acceptsLaPosteHeadOfficeWhichOnlyPassesLuhn() {
        String headOffice = "35600000000048";
        assertThat(Digits.digitSum(headOffice) % 5).isNotZero();
        assertThat(Siret.isValid(headOffice)).isTrue();
        assertThat(Siret.parse("356 000 000 00048")).isEqualTo(new Siret(headOffice));
    }

    @Test
    void rejectsLaPosteSiretFailingBothRules() {
        String wrong = "35600000000002";
        assertThat(Digits.passesLuhn(wrong)).isFalse();
        assertRejected(wrong, ProblemCode.SIRET_CHECKSUM);
    }

    @Test
    void appliesTheDigitSumRuleToLaPosteOnly() {
        String other = "35600000100000";
        assertThat(Digits.digitSum(other) % 5).isZero();
        assertThat(Digits.passesLuhn(other)).isFalse();
        assertRejected(other, ProblemCode.SIRET_CHECKSUM);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "2444004040001", "244400404000100", "2444004040001A", NANTES_METROPOLE_SIREN})
    void rejectsWhatIsNotFourteenDigits(String text) {
        assertRejected(text, ProblemCode.SIRET_FORMAT);
    }

    private static void assertRejected(String text, ProblemCode code) {
        assertThatThrownBy(() -> Siret.parse(text))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo(code));
        assertThat(Siret.isValid(text)).isFalse();
    }
}
