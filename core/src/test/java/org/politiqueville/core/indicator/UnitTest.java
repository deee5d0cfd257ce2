package org.politiqueville.core.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.politiqueville.core.validation.InvalidValueException;
import org.politiqueville.core.validation.ProblemCode;

class UnitTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "€|EUROS", "euros|EUROS", "Euro|EUROS", "EUR|EUROS", "(€)|EUROS", "en euros|EUROS",
        "%|PERCENT", " % |PERCENT", "en %|PERCENT", "Pourcentage|PERCENT", "pour cent|PERCENT",
        "nb|COUNT", "Nb.|COUNT", "nombre|COUNT", "Effectif|COUNT",
        "ratio|RATIO", "Rapport|RATIO",
        "ans|YEARS", "années|YEARS", "an|YEARS",
        "autre|OTHER"})
    void readsSpreadsheetSymbolsAndWords(String text, Unit expected) {
        assertThat(Unit.parse(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @EnumSource(Unit.class)
    void readsBackItsSymbol(Unit unit) {
        assertThat(Unit.parse(unit.symbol())).isEqualTo(unit);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "km", "€/UC", "dollars"})
    void rejectsUnknownUnitWithInvalidFormat(String text) {
        assertThatThrownBy(() -> Unit.parse(text))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.code()).isEqualTo(ProblemCode.INVALID_FORMAT);
                    assertThat(e.value()).isEqualTo(text);
                });
    }

    @Test
    void givesTheUsualSymbols() {
        assertThat(Unit.EUROS.symbol()).isEqualTo("€");
        assertThat(Unit.PERCENT.symbol()).isEqualTo("%");
    }
}
