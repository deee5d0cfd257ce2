package org.politiqueville.examples.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.politiqueville.core.validation.ValidationReport;

class EmbeddingExampleTest {

    private static String run(Locale locale, LocalDate today) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ValidationReport report = EmbeddingExample.run(locale, today, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        assertThat(report.isValid()).isTrue();
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void answersTheCityTeamsQuestionsInFrench() {
        String output = run(Locale.FRENCH, LocalDate.of(2026, 1, 1));

        assertThat(output).contains("15 quartiers prioritaires", "QN04413M  Malakoff",
                "Validation: 0 erreur(s), 0 avertissement(s)", "écart -11439.5 €", "Engagements en retard au 2026-01-01 : 1",
                "emploi-jeunes-malakoff");
    }

    @Test
    void printsAQuarterWithTheApplicationsOwnJacksonMapper() {
        String output = run(Locale.ENGLISH, LocalDate.of(2026, 1, 1));

        assertThat(output).contains("One quarter as JSON: {\"id\":\"malakoff\",\"label\":\"Malakoff\"",
                "\"codes\":[\"QN04413M\"]");
    }

    @Test
    void noEngagementIsLateBeforeItsDueDate() {
        String output = run(Locale.ENGLISH, LocalDate.of(2020, 6, 1));

        assertThat(output).contains("Engagements late on 2020-06-01: 0").doesNotContain("emploi-jeunes-malakoff —");
    }
}
