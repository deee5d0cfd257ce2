package org.politiqueville.core.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.politiqueville.core.validation.InvalidValueException;
import org.politiqueville.core.validation.ProblemCode;

class QpvCodeTest {

    @Test
    void parsesEveryQuarterOfNantesMetropole() {
        var rows = NantesSample.rows("nantes-metropole-qpv-2024.csv");
        assertThat(rows).hasSize(15);
        for (String[] row : rows) {
            QpvCode code = QpvCode.parse(row[0]);
            assertThat(code.toString()).isEqualTo(row[0]);
            assertThat(code.generation()).isEqualTo(QpvGeneration.LIST_2024);
            assertThat(code.departement()).isEqualTo("044");
            assertThat(QpvCode.isValid(row[0])).isTrue();
        }
    }

    @Test
    void readsBothGenerations() {
        assertThat(QpvCode.parse("QP059005").generation()).isEqualTo(QpvGeneration.LIST_2015);
        assertThat(QpvCode.parse("qn04413m")).isEqualTo(new QpvCode("QN04413M"));
        assertThat(QpvCode.parse(" QP971002 ").departement()).isEqualTo("971");
        assertThat(QpvCode.parse("QN02A01M").departement()).isEqualTo("02A");
        assertThat(QpvCode.parse("QN97601C").generation().prefix()).isEqualTo("QN");
    }

    @Test
    void acceptsTheOverseasDepartementsOfEachList() {
        assertThat(QpvCode.isValid("QP975001")).isTrue();
        assertThat(QpvCode.isValid("QN97501M")).isFalse();
        assertThat(QpvCode.isValid("QN97801N")).isTrue();
        assertThat(QpvCode.isValid("QN98701N")).isTrue();
        assertThat(QpvCode.isValid("QP978001")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"QN0449I", "QN04413X", "QN044131", "QP04401", "QX044001", "QN04413MM", "", "044001",
                            "QN04413 M", "QN 04413M"})
    void rejectsMalformedCodes(String text) {
        assertRejected(text, ProblemCode.QPV_CODE_FORMAT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"QN00001M", "QP000001", "QN02001M", "QP960001", "QP020001", "QN09601N", "QN03A01M",
                            "QP977001"})
    void rejectsQpvCodeWithUnknownDepartement(String text) {
        assertRejected(text, ProblemCode.QPV_CODE_UNKNOWN_DEPARTEMENT);
    }

    @Test
    void reportsTheUnknownDepartementAsDetail() {
        assertThatThrownBy(() -> QpvCode.parse("QP960001"))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.details()).containsExactly("960"));
    }

    private static void assertRejected(String text, ProblemCode code) {
        assertThatThrownBy(() -> QpvCode.parse(text))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.code()).isEqualTo(code);
                    assertThat(e.value()).isEqualTo(text.strip());
                });
        assertThat(QpvCode.isValid(text)).isFalse();
    }
}
