package org.politiqueville.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.politiqueville.core.exchange.ImportReport;
import org.politiqueville.core.exchange.RecordKind;
import org.politiqueville.core.exchange.UnreadableInputException;
import org.politiqueville.core.sample.NantesMetropole;
import org.politiqueville.core.spi.ReadOptions;
import org.politiqueville.core.validation.Problem;
import org.politiqueville.core.validation.ProblemCode;

/** Documents nobody checked: huge first records, numbers out of range, objects full of stray keys. */
class UntrustedJsonTest {

    private final List<Object> records = new ArrayList<>();

    private ImportReport read(String text, ReadOptions options) throws IOException {
        return new JsonFormatAdapter().reader(options)
                .read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "input.json", records::add);
    }

    private static ReadOptions inferred() {
        return ReadOptions.of(NantesMetropole.contract());
    }

    @Test
    void aFirstRecordLongerThanTheInferenceHeadIsStillInferred() throws IOException {
        StringBuilder json = new StringBuilder("[{\"code\":\"44109\",\"name\":\"Nantes\"");
        for (int i = 0; json.length() < 1_500_000; i++) {
            json.append(",\"stray").append(i).append("\":").append(i);
        }
        json.append("},{\"code\":\"44143\",\"name\":\"Rezé\"}]");

        ImportReport report = read(json.toString(), inferred().with("lenient", "true"));

        assertThat(report.kind()).isEqualTo(RecordKind.COMMUNES);
        assertThat(report.accepted()).isEqualTo(2);
        assertThat(report.warnings()).as("stray keys reported, twenty at most").isEqualTo(20);
    }

    @Test
    void aDecimalOfMoreThanAHundredDigitsIsOutOfRange() throws IOException {
        ImportReport report = read("[{\"indicator\":\"DISP_MED\",\"territory\":\"quarter:malakoff\",\"period\":\"2021\","
                + "\"value\":1e999999999},{\"indicator\":\"DISP_MED\",\"territory\":\"quarter:malakoff\","
                + "\"period\":\"2020\",\"value\":12940.5}]", inferred());

        assertThat(report.accepted()).isOne();
        assertThat(report.problems().errors()).extracting(Problem::code, p -> p.location().pointer())
                .containsExactly(org.assertj.core.api.Assertions.tuple(ProblemCode.OUT_OF_RANGE, "/0/value"));
    }

    @Test
    void anExponentBeyondAnIntIsAMalformedNumberAtItsPlace() {
        assertThatThrownBy(() -> read("[{\"code\":\"44109\",\"name\":\"Nantes\",\"population\":1.5E99999999999}]",
                inferred()))
                .isInstanceOfSatisfying(UnreadableInputException.class, e -> {
                    assertThat(e.problem().code()).isEqualTo(ProblemCode.MALFORMED_INPUT);
                    assertThat(e.problem().location().line()).isOne();
                    assertThat(e.problem().location().column()).isEqualTo(47);
                });
    }

    @Test
    void limitsAreReadSettings() {
        assertThatThrownBy(() -> read("[[[[1]]]]", inferred().with("maxNestingDepth", "2")))
                .isInstanceOfSatisfying(UnreadableInputException.class,
                        e -> assertThat(e.problem().code()).isEqualTo(ProblemCode.INPUT_LIMIT_EXCEEDED));
        assertThatThrownBy(() -> new JsonFormatAdapter().reader(inferred().with("maxStringLength", "x")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
