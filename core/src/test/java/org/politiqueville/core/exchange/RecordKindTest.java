package org.politiqueville.core.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.politiqueville.core.validation.InvalidValueException;
import org.politiqueville.core.validation.ProblemCode;

class RecordKindTest {

    @ParameterizedTest
    @EnumSource(RecordKind.class)
    void readsItsIdBackInAnyCase(RecordKind kind) {
        assertThat(kind.id()).isEqualTo(kind.name().toLowerCase(Locale.ROOT));
        assertThat(RecordKind.parse(kind.id())).isEqualTo(kind);
        assertThat(RecordKind.parse(" " + kind.name() + " ")).isEqualTo(kind);
    }

    @Test
    void hasStableIds() {
        assertThat(RecordKind.QUARTERS.id()).isEqualTo("quarters");
        assertThat(RecordKind.OBSERVATIONS.id()).isEqualTo("observations");
        assertThat(RecordKind.CONTRACT.id()).isEqualTo("contract");
    }

    @Test
    void onlyTheContractIsNotTabular() {
        assertThat(RecordKind.CONTRACT.isTabular()).isFalse();
        assertThat(RecordKind.DOCUMENTS.isTabular()).isTrue();
    }

    @Test
    void rejectsAnUnknownKindListingTheKnownOnes() {
        assertThatThrownBy(() -> RecordKind.parse("quartiers"))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> {
                    assertThat(e.code()).isEqualTo(ProblemCode.INVALID_FORMAT);
                    assertThat(e.getMessage()).contains("quartiers").contains("quarters, communes");
                });
    }
}
