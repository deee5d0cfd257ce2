package org.politiqueville.spreadsheet.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class CellTextsTest {

    private static String number(String value, String format) {
        return CellTexts.text(CellValue.number(new BigDecimal(value), format));
    }

    private static String date(String value, String format) {
        return CellTexts.text(CellValue.date(LocalDateTime.parse(value), format));
    }

    @Test
    void numbersArePlainWithADecimalPointAndSpreadsheetPrecision() {
        assertThat(number("12940.5", "General")).isEqualTo("12940.5");
        assertThat(number("0.30000000000000004", "")).isEqualTo("0.3");
        assertThat(number("1.0E7", "")).isEqualTo("10000000");
        assertThat(number("-250", "")).isEqualTo("-250");
        assertThat(number("0", "")).isEqualTo("0");
        assertThat(number("124", "0.0")).isEqualTo("124.0");
        assertThat(number("124.25", "# ##0.0")).isEqualTo("124.25");
    }

    @Test
    void percentagesReadAsShownAndZeroPaddedCodesKeepTheirZeros() {
        assertThat(number("0.25", "0%")).isEqualTo("25 %");
        assertThat(number("0.4167", "0.0%")).isEqualTo("41.67 %");
        assertThat(number("1053", "00000")).isEqualTo("01053");
        assertThat(number("44109", "00000")).isEqualTo("44109");
        assertThat(number("1053.5", "00000")).isEqualTo("1053.5");
        assertThat(number("1053", "0")).isEqualTo("1053");
    }

    @Test
    void datesAreIsoAsPreciseAsTheirFormatShows() {
        assertThat(date("2021-03-14T00:00", "dd/mm/yyyy")).isEqualTo("2021-03-14");
        assertThat(date("2021-03-14T00:00", "[$-40C]d mmmm yyyy;@")).isEqualTo("2021-03-14");
        assertThat(date("2021-03-01T00:00", "mmm yy")).isEqualTo("2021-03");
        assertThat(date("2021-03-01T00:00", "mm/yyyy")).isEqualTo("2021-03");
        assertThat(date("2021-01-01T00:00", "yyyy")).isEqualTo("2021");
        assertThat(date("2021-03-14T10:30", "dd/mm/yyyy hh:mm")).isEqualTo("2021-03-14 10:30");
        assertThat(date("1899-12-30T10:30:15", "hh:mm:ss")).isEqualTo("10:30:15");
        assertThat(date("2021-03-14T00:00", "")).isEqualTo("2021-03-14");
    }

    @Test
    void textBooleansAndErrorsAreAsShown() {
        assertThat(CellTexts.text(CellValue.text(" 01053 "))).isEqualTo(" 01053 ");
        assertThat(CellTexts.text(CellValue.bool(true))).isEqualTo("true");
        assertThat(CellTexts.text(CellValue.error("#N/A"))).isEqualTo("#N/A");
        assertThat(CellTexts.text(CellValue.BLANK)).isEmpty();
    }

    @Test
    void minutesAreNotMonths() {
        assertThat(NumberFormat.of("hh:mm").datePart()).isEqualTo(NumberFormat.DatePart.TIME);
        assertThat(NumberFormat.of("mm:ss").datePart()).isEqualTo(NumberFormat.DatePart.TIME);
        assertThat(NumberFormat.of("mm/yyyy").datePart()).isEqualTo(NumberFormat.DatePart.MONTH);
        assertThat(NumberFormat.of("\"Année\" yyyy").datePart()).isEqualTo(NumberFormat.DatePart.YEAR);
        assertThat(NumberFormat.of("[Red]0.00;[Blue]-0.00").decimals()).isEqualTo(2);
    }
}
