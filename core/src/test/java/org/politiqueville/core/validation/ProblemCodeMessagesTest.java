package org.politiqueville.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.PropertyResourceBundle;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ProblemCodeMessagesTest {

    private static final String DIRECTORY = "/org/politiqueville/core/validation/";
    private static final PropertyResourceBundle BASE = bundle("messages.properties");
    private static final PropertyResourceBundle ENGLISH = bundle("messages_en.properties");
    private static final PropertyResourceBundle FRENCH = bundle("messages_fr.properties");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");
    private static final List<String> ARGUMENTS = List.of("⟦0⟧", "⟦1⟧", "⟦2⟧", "⟦3⟧");

    @ParameterizedTest
    @EnumSource(ProblemCode.class)
    void everyCodeHasAMessageInEveryBundle(ProblemCode code) {
        for (PropertyResourceBundle bundle : List.of(BASE, ENGLISH, FRENCH)) {
            assertThat(bundle.containsKey(code.messageKey())).as(code.name()).isTrue();
            assertThat(bundle.getString(code.messageKey())).as(code.name()).isNotBlank();
        }
    }

    @ParameterizedTest
    @EnumSource(ProblemCode.class)
    void frenchAndEnglishDiffer(ProblemCode code) {
        assertThat(FRENCH.getString(code.messageKey())).isNotEqualTo(ENGLISH.getString(code.messageKey()));
        assertThat(code.message(Locale.FRENCH, "x", List.of("a", "b", "c")))
                .isNotEqualTo(code.message(Locale.ENGLISH, "x", List.of("a", "b", "c")));
    }

    @ParameterizedTest
    @EnumSource(ProblemCode.class)
    void baseBundleIsTheEnglishOne(ProblemCode code) {
        assertThat(BASE.getString(code.messageKey())).isEqualTo(ENGLISH.getString(code.messageKey()));
    }

    @Test
    void bundlesHoldNoOtherKeys() {
        Set<String> codes = Arrays.stream(ProblemCode.values()).map(ProblemCode::messageKey).collect(Collectors.toSet());
        assertThat(BASE.keySet()).isEqualTo(codes);
        assertThat(ENGLISH.keySet()).isEqualTo(codes);
        assertThat(FRENCH.keySet()).isEqualTo(codes);
    }

    @ParameterizedTest
    @EnumSource(ProblemCode.class)
    void renderedMessagesLeaveNoPlaceholder(ProblemCode code) {
        for (Locale locale : List.of(Locale.FRENCH, Locale.ENGLISH)) {
            String message = code.message(locale, "x", List.of("a", "b", "c"));
            assertThat(message).as(code + " " + locale).isNotBlank().doesNotContainPattern("\\{\\d+}");
        }
    }

    /**
     * MessageFormat drops the text after a lone straight apostrophe and keeps its placeholders
     * verbatim: rendering must give exactly the template with each placeholder replaced and each
     * doubled apostrophe halved.
     */
    @ParameterizedTest
    @EnumSource(ProblemCode.class)
    void renderedMessagesAreTheWholeTemplate(ProblemCode code) {
        assertRendersWholeTemplate(code, Locale.ENGLISH, ENGLISH.getString(code.messageKey()));
        assertRendersWholeTemplate(code, Locale.FRENCH, FRENCH.getString(code.messageKey()));
    }

    @Test
    void frenchMessagesUseTypographicApostrophes() {
        for (String key : FRENCH.keySet()) {
            assertThat(FRENCH.getString(key)).as(key).doesNotContain("'");
        }
    }

    @Test
    void anyFrenchLocaleGetsFrench() {
        String french = FRENCH.getString("REQUIRED");
        assertThat(ProblemCode.REQUIRED.message(Locale.CANADA_FRENCH, null, List.of())).isEqualTo(french);
        assertThat(ProblemCode.REQUIRED.message(Locale.forLanguageTag("fr-BE"), null, List.of())).isEqualTo(french);
    }

    @Test
    void otherLanguagesGetEnglishEvenWhenTheDefaultLocaleIsFrench() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.FRENCH);
            assertThat(ProblemCode.REQUIRED.message(Locale.GERMAN, null, List.of()))
                    .isEqualTo(ENGLISH.getString("REQUIRED"));
            assertThat(ProblemCode.SIREN_FORMAT.message(Locale.ROOT, "12", List.of()))
                    .isEqualTo("\"12\" is not a SIREN: expected 9 digits.");
            assertThat(new InvalidValueException(ProblemCode.REQUIRED, null).getMessage())
                    .isEqualTo(ENGLISH.getString("REQUIRED"));
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void nullValueRendersAsEmpty() {
        assertThat(ProblemCode.DUPLICATE_ID.message(Locale.ENGLISH, null, List.of()))
                .isEqualTo("The id \"\" is used more than once.");
    }

    @Test
    void valuesWithBracesAndApostrophesAreRenderedVerbatim() {
        assertThat(ProblemCode.SIREN_FORMAT.message(Locale.FRENCH, "{0} l'an '1'", List.of()))
                .isEqualTo("« {0} l'an '1' » n’est pas un SIREN : attendu 9 chiffres.");
    }

    private static void assertRendersWholeTemplate(ProblemCode code, Locale locale, String template) {
        String rendered = code.message(locale, ARGUMENTS.get(0), ARGUMENTS.subList(1, ARGUMENTS.size()));
        StringBuilder expected = new StringBuilder();
        Matcher matcher = PLACEHOLDER.matcher(template.replace("''", "'"));
        while (matcher.find()) {
            matcher.appendReplacement(expected, Matcher.quoteReplacement(ARGUMENTS.get(Integer.parseInt(matcher.group(1)))));
        }
        matcher.appendTail(expected);
        assertThat(rendered).as(code + " " + locale).isEqualTo(expected.toString());
    }

    private static PropertyResourceBundle bundle(String name) {
        try (InputStream in = ProblemCodeMessagesTest.class.getResourceAsStream(DIRECTORY + name)) {
            assertThat(in).as(name).isNotNull();
            return new PropertyResourceBundle(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
