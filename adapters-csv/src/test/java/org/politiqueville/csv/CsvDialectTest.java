package org.politiqueville.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.politiqueville.core.validation.InvalidValueException;
import org.politiqueville.core.validation.ProblemCode;

class CsvDialectTest {

    @Test
    void openDataFollowsThePortalConventions() {
        CsvDialect dialect = CsvDialect.OPEN_DATA;

        assertThat(dialect.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(dialect.byteOrderMark()).isFalse();
        assertThat(dialect.delimiter()).isEqualTo(',');
        assertThat(dialect.quote()).isEqualTo('"');
        assertThat(dialect.lineSeparator()).isEqualTo(LineSeparator.LF);
        assertThat(dialect.decimalSeparator()).isEqualTo('.');
        assertThat(dialect.dateFormatter().format(LocalDate.of(2024, 3, 14))).isEqualTo("2024-03-14");
        assertThat(dialect.header()).isTrue();
        assertThat(dialect.formulaProtection()).isFalse();
    }

    @Test
    void excelFrenchFollowsExcelInAFrenchLocale() {
        CsvDialect dialect = CsvDialect.EXCEL_FR;

        assertThat(dialect.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(dialect.byteOrderMark()).isTrue();
        assertThat(dialect.delimiter()).isEqualTo(';');
        assertThat(dialect.lineSeparator()).isEqualTo(LineSeparator.CRLF);
        assertThat(dialect.decimalSeparator()).isEqualTo(',');
        assertThat(dialect.dateFormatter().format(LocalDate.of(2024, 3, 14))).isEqualTo("14/03/2024");
        assertThat(dialect.formulaProtection()).isTrue();
    }

    @Test
    void describesItselfOnOneLine() {
        assertThat(CsvDialect.OPEN_DATA).hasToString(
                "UTF-8, no BOM, delimiter ',', quote '\"', LF, decimal '.', dates yyyy-MM-dd, header");
        assertThat(CsvDialect.EXCEL_FR.toBuilder().delimiter('\t').header(false).build()).hasToString(
                "UTF-8 with BOM, delimiter tab, quote '\"', CRLF, decimal ',', dates dd/MM/yyyy, no header,"
                        + " formula protection");
    }

    @Test
    void toBuilderGivesBackAnEqualDialect() {
        assertThat(CsvDialect.EXCEL_FR.toBuilder().build()).isEqualTo(CsvDialect.EXCEL_FR);
    }

    @Test
    void rejectsADelimiterEqualToTheQuote() {
        assertThatThrownBy(() -> CsvDialect.builder().delimiter('"').build())
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.code()).isEqualTo(ProblemCode.CONSTRAINT_VIOLATED));
    }

    @Test
    void rejectsLineBreaksAsDelimiterOrQuote() {
        assertThatThrownBy(() -> CsvDialect.builder().delimiter('\n').build())
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> CsvDialect.builder().quote('\r').build())
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void rejectsAnOddDecimalSeparatorOrDatePattern() {
        assertThatThrownBy(() -> CsvDialect.builder().decimalSeparator(';').build())
                .isInstanceOf(InvalidValueException.class);
        assertThatThrownBy(() -> CsvDialect.builder().datePattern("dd/MM/yyyy{").build())
                .isInstanceOf(InvalidValueException.class);
    }
}
