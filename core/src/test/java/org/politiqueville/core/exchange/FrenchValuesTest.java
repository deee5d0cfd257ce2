package org.politiqueville.core.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.politiqueville.core.id.Period;
import org.politiqueville.core.id.ReducedDate;
import org.politiqueville.core.validation.InvalidValueException;
import org.politiqueville.core.validation.ProblemCode;

class FrenchValuesTest {

    private static final String NBSP = "\u00A0";
    private static final String NNBSP = "\u202F";

    // ---- decimals

    @Test
    void readsTheFixturesNumbers() {
        assertThat(FrenchValues.parseDecimal("12" + NBSP + "940,5")).isEqualTo(new BigDecimal("12940.5"));
        assertThat(FrenchValues.parseDecimal("13" + NNBSP + "310")).isEqualTo(new BigDecimal("13310"));
        assertThat(FrenchValues.parseDecimal("41,7 %")).isEqualTo(new BigDecimal("41.7"));
        assertThat(FrenchValues.parseDecimal("124,0")).isEqualTo(new BigDecimal("124.0"));
        assertThat(FrenchValues.parseDecimal("-250")).isEqualTo(new BigDecimal("-250"));
        assertThat(FrenchValues.parseDecimal("48,2")).isEqualTo(new BigDecimal("48.2"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1.234,5|1234.5",
        "12 940,5|12940.5",
        "1 234 567|1234567",
        "1 234.5|1234.5",
        "48.2|48.2",
        "1.234|1.234",
        "+3|3",
        "\u22123,5|-3.5",
        "12 €|12",
        "12€|12",
        "€ 12,50|12.50",
        "12,5 EUR|12.5",
        "eur 7|7",
        "% 12|12",
        "-12,5 %|-12.5",
        "007|7",
        "0,000|0.000",
        "'  5  '|5",
    })
    void readsFrenchAndInternationalForms(String text, String expected) {
        assertThat(FrenchValues.parseDecimal(text)).isEqualTo(new BigDecimal(expected));
        assertThat(FrenchValues.isDecimal(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"12,3,4", "1.2.3", "1.234.567", "1,234.5", "", " ", "abc", "1e5", "1,2E+05", ",5",
        "12,", ".5", "12 34", "1234 567", "12  940", "1.234 567,5", "- 12", "+-5", "12 € %", "%", "€", "EUR", "s",
        "nd", "-", "12\t940", "1 2", "１２", "0x1F", "12.3,4"})
    void rejectsAmbiguousOrGarbageNumbers(String text) {
        assertThatThrownBy(() -> FrenchValues.parseDecimal(text))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.code()).isEqualTo(ProblemCode.INVALID_NUMBER));
        assertThat(FrenchValues.isDecimal(text)).isFalse();
    }

    @Test
    void reportsTheTrimmedCellAsTheRejectedValue() {
        assertThatThrownBy(() -> FrenchValues.parseDecimal(NBSP + "12,3,4 "))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.value()).isEqualTo("12,3,4"));
    }

    // ---- integers

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "4 210|4210",
        "4\u00A0210|4210",
        "17\u202F800|17800",
        "-250|-250",
        "4 210,00|4210",
        "0,0|0",
        "9 223 372 036 854 775 807|9223372036854775807",
        "-9223372036854775808|-9223372036854775808",
    })
    void readsWholeNumbers(String text, long expected) {
        assertThat(FrenchValues.parseInteger(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"4 210,5", "9223372036854775808", "", "abc", "4 21", "1.5"})
    void rejectsWhatIsNotAWholeNumber(String text) {
        assertThatThrownBy(() -> FrenchValues.parseInteger(text))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.code()).isEqualTo(ProblemCode.INVALID_INTEGER));
    }

    // ---- dates

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "14/03/2017|2017-03-14",
        "4/3/2017|2017-03-04",
        "29/02/2024|2024-02-29",
        "2017-03-14|2017-03-14",
        "2017-03|2017-03",
        "03/2017|2017-03",
        "3/2017|2017-03",
        "2017|2017",
        "' 2017 '|2017",
    })
    void readsFrenchAndIsoDates(String text, String expected) {
        assertThat(FrenchValues.parseDate(text)).isEqualTo(ReducedDate.parse(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"31/02/2021", "29/02/2023", "00/01/2021", "01/13/2021", "13/2021", "00/2021", "0000",
        "2021-02-30", "2021-00"})
    void rejectsDatesThatDoNotExist(String text) {
        assertThatThrownBy(() -> FrenchValues.parseDate(text))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.code()).isEqualTo(ProblemCode.DATE_INVALID));
    }

    @ParameterizedTest
    @ValueSource(strings = {"21", "14/03/21", "3/21", "", "2017/03/14", "14-03-2017", "2017-3-14", "14/03-2017",
        "14/03/2017 00:00", "20170314", "12017", "2017-03-14-01", "mars 2017", "1/2/3/2017", "//2017"})
    void rejectsOtherDateForms(String text) {
        assertThatThrownBy(() -> FrenchValues.parseDate(text))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.code()).isEqualTo(ProblemCode.DATE_FORMAT));
    }

    // ---- periods

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2015/2020|2015/2020",
        "2018|2018",
        "2017-03/2018-06-30|2017-03/2018-06-30",
        "2015-2020|2015/2020",
        "2015 – 2020|2015/2020",
        "2015—2020|2015/2020",
        "2015 à 2020|2015/2020",
        "de 2015 à 2020|2015/2020",
        "De 2024 a 2030|2024/2030",
        "14/03/2017|2017-03-14",
        "03/2017|2017-03",
        "2015-03|2015-03",
    })
    void readsIsoAndFrenchPeriods(String text, String expected) {
        assertThat(FrenchValues.parsePeriod(text)).isEqualTo(Period.parse(expected));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2020-2015|PERIOD_REVERSED",
        "2020/2015|PERIOD_REVERSED",
        "2015/20|PERIOD_FORMAT",
        "depuis 2015|PERIOD_FORMAT",
        "2015 à|PERIOD_FORMAT",
        "''|PERIOD_FORMAT",
        "14/03/21|PERIOD_FORMAT",
        "31/02/2021|DATE_INVALID",
        "2015-13|DATE_INVALID",
        "0000-2020|DATE_INVALID",
    })
    void rejectsUnclearPeriods(String text, ProblemCode code) {
        assertThatThrownBy(() -> FrenchValues.parsePeriod(text))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code()).isEqualTo(code));
    }

    // ---- booleans

    @ParameterizedTest
    @ValueSource(strings = {"oui", "OUI", "Oui ", "o", "vrai", "x", "X", "1", "true", "yes", "Y"})
    void readsYes(String text) {
        assertThat(FrenchValues.parseBoolean(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"non", "NON", "n", "faux", "0", "false", "No"})
    void readsNo(String text) {
        assertThat(FrenchValues.parseBoolean(text)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "peut-être", "2", "oui non", "ouais"})
    void rejectsAnEmptyCellAndOtherWordsAsBooleans(String text) {
        assertThatThrownBy(() -> FrenchValues.parseBoolean(text))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.code()).isEqualTo(ProblemCode.INVALID_BOOLEAN));
    }

    // ---- lists and blanks

    @Test
    void splitsMultiValuedCells() {
        assertThat(FrenchValues.splitList("Nantes, Saint-Herblain")).containsExactly("Nantes", "Saint-Herblain");
        assertThat(FrenchValues.splitList("44109|44162")).containsExactly("44109", "44162");
        assertThat(FrenchValues.splitList("Nantes ; Rezé")).containsExactly("Nantes", "Rezé");
        assertThat(FrenchValues.splitList(" a ,, " + NBSP + "b|\r\nc ;")).containsExactly("a", "b", "c");
        assertThat(FrenchValues.splitList(" " + NBSP)).isEmpty();
    }

    @Test
    void treatsNoBreakSpacesAsBlank() {
        assertThat(FrenchValues.isBlank(NBSP + NNBSP + " \t")).isTrue();
        assertThat(FrenchValues.isBlank(null)).isTrue();
        assertThat(FrenchValues.isBlank(" x ")).isFalse();
    }

    // ---- markers

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "s|SECRET", "S|SECRET", "secret|SECRET", "secret stat|SECRET", "Secret statistique|SECRET", "c|SECRET",
        "nd|NOT_AVAILABLE", "n.d.|NOT_AVAILABLE", "n/d|NOT_AVAILABLE", "ND|NOT_AVAILABLE", "na|NOT_AVAILABLE",
        "#N/A|NOT_AVAILABLE", "non disponible|NOT_AVAILABLE",
        "ns|NOT_SIGNIFICANT", "n.s.|NOT_SIGNIFICANT",
        "so|NOT_APPLICABLE", "s.o.|NOT_APPLICABLE", "sans objet|NOT_APPLICABLE",
        "faible|LOW", "Très faible|LOW",
        "-|EMPTY", "–|EMPTY", "—|EMPTY", "''|EMPTY", "' - '|EMPTY",
    })
    void recognisesStatisticalMarkers(String text, StatisticalMarker expected) {
        assertThat(FrenchValues.marker(text)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"12,5", "-250", "s1", "Malakoff", ".", "secrets", "n"})
    void findsNoMarkerInValuesAndOtherWords(String text) {
        assertThat(FrenchValues.marker(text)).isEmpty();
    }

    @Test
    void readsEveryMarkerSymbolBack() {
        for (StatisticalMarker marker : StatisticalMarker.values()) {
            assertThat(FrenchValues.marker(marker.symbol())).contains(marker);
        }
    }

    // ---- quarter status words

    @ParameterizedTest
    @ValueSource(strings = {"QPV", "qpv", "QP", "prioritaire", "Quartier prioritaire", "quartier-prioritaire",
        "PRIORITY"})
    void recognisesPriorityWords(String text) {
        assertThat(FrenchValues.isPriorityWord(text)).isTrue();
        assertThat(FrenchValues.isWatchWord(text)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"veille", "Veille", "quartier de veille", "en décrochage", "En Décrochage", "décrochage",
        "QVA", "veille active", "watch"})
    void recognisesWatchWords(String text) {
        assertThat(FrenchValues.isWatchWord(text)).isTrue();
        assertThat(FrenchValues.isPriorityWord(text)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "quartier", "ZUS", "oui"})
    void recognisesNeitherStatusInOtherWords(String text) {
        assertThat(FrenchValues.isPriorityWord(text)).isFalse();
        assertThat(FrenchValues.isWatchWord(text)).isFalse();
    }
}
