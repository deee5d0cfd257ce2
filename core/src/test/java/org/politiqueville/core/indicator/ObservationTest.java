package org.politiqueville.core.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.politiqueville.core.id.Period;
import org.politiqueville.core.territory.TerritoryRef;
import org.politiqueville.core.validation.InvalidValueException;
import org.politiqueville.core.validation.ProblemCode;

class ObservationTest {

    private static final TerritoryRef MALAKOFF = TerritoryRef.quarter("malakoff");
    private static final Period YEAR_2021 = Period.ofYear(2021);

    @Test
    void isNormalAndFreeByDefault() {
        Observation observation = Observation.builder("DISP_MED", MALAKOFF, YEAR_2021)
                .value(new BigDecimal("12940.5")).build();

        assertThat(observation.status()).isEqualTo(ObservationStatus.NORMAL);
        assertThat(observation.confidentiality()).isEqualTo(Confidentiality.FREE);
        assertThat(observation.unit()).isNull();
        assertThat(observation.source()).isNull();
        assertThat(observation.expectsValue()).isTrue();
        assertThat(observation.optionalValue()).contains(new BigDecimal("12940.5"));
        assertThat(observation.unitOr(StandardIndicators.DISP_MED)).isEqualTo(Unit.EUROS);
    }

    @Test
    void isKeyedByIndicatorTerritoryAndPeriod() {
        Observation observation = Observation.builder("DISP_MED", MALAKOFF, YEAR_2021).build();

        assertThat(observation.key()).isEqualTo(new ObservationKey("DISP_MED", MALAKOFF, YEAR_2021));
        assertThat(observation.key()).hasToString("DISP_MED@quarter:malakoff@2021");
    }

    @Test
    void rejectsBlankIndicatorAsRequired() {
        assertThatThrownBy(() -> Observation.builder("", MALAKOFF, YEAR_2021).build())
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.code()).isEqualTo(ProblemCode.REQUIRED));
    }

    @Test
    void rejectsMissingTerritory() {
        assertThatNullPointerException().isThrownBy(() -> Observation.builder("POP", null, YEAR_2021).build())
                .withMessage("territory");
    }

    @Test
    void confidentialObservationExpectsNoValueWhateverItsStatus() {
        Observation secret = Observation.builder("DISP_TP60", MALAKOFF, YEAR_2021)
                .confidentiality(Confidentiality.CONFIDENTIAL).build();

        assertThat(secret.expectsValue()).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"NORMAL,A,true", "ESTIMATED,E,true", "PROVISIONAL,P,true", "MISSING,O,false",
        "NOT_SIGNIFICANT,N,false", "NOT_APPLICABLE,M,false"})
    void mapsStatusesToSdmxCodes(ObservationStatus status, String code, boolean hasValue) {
        assertThat(status.sdmxCode()).isEqualTo(code);
        assertThat(status.hasValue()).isEqualTo(hasValue);
        assertThat(ObservationStatus.ofSdmxCode(code)).isEqualTo(status);
    }

    @Test
    void mapsConfidentialityToSdmxCodes() {
        assertThat(Confidentiality.FREE.sdmxCode()).isEqualTo("F");
        assertThat(Confidentiality.CONFIDENTIAL.sdmxCode()).isEqualTo("C");
        assertThat(Confidentiality.ofSdmxCode("C")).isEqualTo(Confidentiality.CONFIDENTIAL);
    }

    @Test
    void rejectsUnknownSdmxCodes() {
        assertThatThrownBy(() -> ObservationStatus.ofSdmxCode("Z"))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.code()).isEqualTo(ProblemCode.INVALID_FORMAT));
        assertThatThrownBy(() -> Confidentiality.ofSdmxCode("N"))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.code()).isEqualTo(ProblemCode.INVALID_FORMAT));
    }
}
