package org.politiqueville.core.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Year;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.politiqueville.core.validation.InvalidValueException;
import org.politiqueville.core.validation.ProblemCode;

class PeriodTest {

    @Test
    void rejectsReversedPeriod() {
        assertThatThrownBy(() -> Period.parse("2015/2010"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.code()).isEqualTo(ProblemCode.PERIOD_REVERSED);
                    assertThat(e.value()).isEqualTo("2015/2010");
                    assertThat(e.details()).containsExactly("2015", "2010");
                });
        assertThat(Period.isValid("2015/2010")).isFalse();
    }

    @Test
    void rangeOfYearsContainsTheYearsBetween() {
        Period contract = Period.parse("2015/2020");
        assertThat(contract).isEqualTo(Period.ofYears(2015, 2020));
        assertThat(contract.contains(Year.of(2017))).isTrue();
        assertThat(contract.contains(Year.of(2015))).isTrue();
        assertThat(contract.contains(Year.of(2020))).isTrue();
        assertThat(contract.contains(Year.of(2021))).isFalse();
        assertThat(contract.firstDay()).isEqualTo(LocalDate.of(2015, 1, 1));
        assertThat(contract.lastDay()).isEqualTo(LocalDate.of(2020, 12, 31));
        assertThat(contract.contains(LocalDate.of(2020, 12, 31))).isTrue();
        assertThat(contract.isSingle()).isFalse();
    }

    @Test
    void overlapsWhenSharingADay() {
        Period contract = Period.parse("2015/2020");
        assertThat(contract.overlaps(Period.parse("2020/2023"))).isTrue();
        assertThat(contract.overlaps(Period.parse("2018"))).isTrue();
        assertThat(Period.parse("2018").overlaps(contract)).isTrue();
        assertThat(contract.overlaps(Period.parse("2024/2030"))).isFalse();
        assertThat(Period.parse("2017-03/2017-06").overlaps(Period.parse("2017-06-30"))).isTrue();
        assertThat(Period.parse("2017-03/2017-06").overlaps(Period.parse("2017-07-01"))).isFalse();
    }

    @Test
    void singleYearIsWrittenWithoutSlash() {
        Period year = Period.parse("2018");
        assertThat(year.isSingle()).isTrue();
        assertThat(year).isEqualTo(Period.ofYear(2018));
        assertThat(year.toString()).isEqualTo("2018");
        assertThat(Period.parse("2018/2018")).isEqualTo(year);
    }

    @Test
    void readsRangesOfReducedDates() {
        Period period = Period.parse(" 2017-03/2018-06-30 ");
        assertThat(period.start()).isEqualTo(ReducedDate.ofMonth(2017, 3));
        assertThat(period.toString()).isEqualTo("2017-03/2018-06-30");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "/", "2015/", "/2020", "2015/2020/2025", "2015-2020", "15/20", "2015 - 2020"})
    void rejectsWrongForms(String text) {
        assertThatThrownBy(() -> Period.parse(text))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.code()).isEqualTo(ProblemCode.PERIOD_FORMAT));
        assertThat(Period.isValid(text)).isFalse();
    }

    @Test
    void reportsDatesThatDoNotExist() {
        assertThatThrownBy(() -> Period.parse("2021-02-31/2022"))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.code()).isEqualTo(ProblemCode.DATE_INVALID));
    }

    @Test
    void ordersByStartThenEnd() {
        assertThat(Period.parse("2015/2020")).isLessThan(Period.parse("2015/2023"));
        assertThat(Period.parse("2015/2023")).isLessThan(Period.parse("2024/2030"));
    }
}
