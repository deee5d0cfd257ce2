package org.politiqueville.core.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.politiqueville.core.id.Period;
import org.politiqueville.core.validation.InvalidValueException;
import org.politiqueville.core.validation.ProblemCode;

class CellMemoTest {

    @Test
    void readsEachTextOnceAndGivesTheSameValue() {
        AtomicInteger reads = new AtomicInteger();
        CellMemo<Period> memo = new CellMemo<>(text -> {
            reads.incrementAndGet();
            return FrenchValues.parsePeriod(text);
        });
        for (int i = 0; i < 1000; i++) {
            assertThat(memo.apply(i % 2 == 0 ? "2015-2020" : "2021")).isEqualTo(
                    i % 2 == 0 ? Period.ofYears(2015, 2020) : Period.ofYear(2021));
        }
        assertThat(reads).hasValue(2);
    }

    @Test
    void throwsTheReadingsErrorEachTimeWithItsCodeValueAndDetails() {
        CellMemo<Period> memo = new CellMemo<>(FrenchValues::parsePeriod);
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> memo.apply("2020-2015"))
                    .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                        assertThat(e.code()).isEqualTo(ProblemCode.PERIOD_REVERSED);
                        assertThat(e.value()).isEqualTo("2020-2015");
                        assertThat(e.details()).containsExactly("2020", "2015");
                    });
        }
    }

    @Test
    void remembersNullValues() {
        AtomicInteger reads = new AtomicInteger();
        CellMemo<String> memo = new CellMemo<>(text -> {
            reads.incrementAndGet();
            return null;
        });
        assertThat(memo.apply("x")).isNull();
        assertThat(memo.apply("x")).isNull();
        assertThat(reads).hasValue(1);
    }

    @Test
    void staysCorrectPastItsCapacity() {
        CellMemo<String> memo = new CellMemo<>(text -> text + "!");
        for (int i = 0; i < CellMemo.CAPACITY * 3; i++) {
            String text = Integer.toString(i);
            assertThat(memo.apply(text)).isEqualTo(text + "!");
        }
        assertThat(memo.apply("7")).isEqualTo("7!");
    }

    @Test
    void tellsApartTextsThatHashAlike() {
        CellMemo<String> memo = new CellMemo<>(text -> text);
        String[] texts = {"ab", "ba", "Bellevue Nord", "Bellevue Sud", "aaaaaaaaaaaaaaaaaaaaaaab", "baaaaaaaaaaaaaaaaaaaaaaa",
            "", " ", "Malakoff", "malakoff", "MALAKOFF"};
        for (int round = 0; round < 3; round++) {
            for (String text : texts) {
                assertThat(memo.apply(text)).isSameAs(text.isEmpty() ? memo.apply("") : memo.apply(text))
                        .isEqualTo(text);
            }
        }
    }

    @Test
    void passesOtherExceptionsThrough() {
        CellMemo<String> memo = new CellMemo<>(text -> {
            throw new IllegalStateException(text);
        });
        assertThatThrownBy(() -> memo.apply("boom")).isInstanceOf(IllegalStateException.class).hasMessage("boom");
    }
}
