package org.politiqueville.core.id.constraints;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PropertyResourceBundle;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.politiqueville.core.id.InseeCode;
import org.politiqueville.core.id.Period;
import org.politiqueville.core.id.QpvCode;
import org.politiqueville.core.id.RnaNumber;
import org.politiqueville.core.id.Siren;
import org.politiqueville.core.id.Siret;

class IdentifierConstraintsTest {

    /** A user's bean that keeps identifiers as raw strings. */
    record RawIds(@QpvCodeFormat String qpv, @InseeCodeFormat String insee, @SirenFormat String siren,
                  @SiretFormat String siret, @RnaNumberFormat String rna, @PeriodFormat String period) {

        static RawIds all(String text) {
            return new RawIds(text, text, text, text, text, text);
        }
    }

    /** Which value type's {@code isValid} each property's constraint must agree with. */
    static final Map<String, Predicate<String>> RULES = Map.of(
            "qpv", QpvCode::isValid, "insee", InseeCode::isValid, "siren", Siren::isValid,
            "siret", Siret::isValid, "rna", RnaNumber::isValid, "period", Period::isValid);

    private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();
    private static final Validator VALIDATOR = FACTORY.getValidator();

    @AfterAll
    static void closeFactory() {
        FACTORY.close();
    }

    /** The properties whose constraint rejects its value. */
    static Set<String> rejected(Validator validator, RawIds bean) {
        return validator.validate(bean).stream().map(v -> v.getPropertyPath().toString()).collect(Collectors.toSet());
    }

    /** The properties whose value type rejects the text. */
    static Set<String> expectedRejected(String text) {
        return RULES.entrySet().stream().filter(e -> !e.getValue().test(text)).map(Map.Entry::getKey)
                .collect(Collectors.toSet());
    }

    @Test
    void acceptsValidIdentifiers() {
        RawIds valid = new RawIds("QN04413M", "44109", "244 400 404", "35600000000048", "W2D1234567", "2015/2020");
        assertThat(VALIDATOR.validate(valid)).isEmpty();
    }

    @Test
    void acceptsNull() {
        assertThat(VALIDATOR.validate(RawIds.all(null))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"QN0449I", "QP960001", "1053", "2C004", "244400405", "W12345678", "2015/2010",
                            "2021-02-31", "21", "", " ", "44109", "QN04413M", "244400404", "2018"})
    void agreesWithTheValueTypes(String text) {
        assertThat(rejected(VALIDATOR, RawIds.all(text))).isEqualTo(expectedRejected(text));
    }

    @Test
    void rejectsEachBrokenIdentifierWithItsOwnTemplate() {
        Set<ConstraintViolation<RawIds>> violations = VALIDATOR.validate(RawIds.all("x"));
        assertThat(violations).extracting(ConstraintViolation::getMessageTemplate).containsExactlyInAnyOrder(
                "{org.politiqueville.constraints.QpvCodeFormat.message}",
                "{org.politiqueville.constraints.InseeCodeFormat.message}",
                "{org.politiqueville.constraints.SirenFormat.message}",
                "{org.politiqueville.constraints.SiretFormat.message}",
                "{org.politiqueville.constraints.RnaNumberFormat.message}",
                "{org.politiqueville.constraints.PeriodFormat.message}");
    }

    @Test
    void messagesResolveInFrench() {
        assertMessagesAre(Locale.FRENCH, bundle("ContributorValidationMessages_fr.properties"));
        assertThat(messages(Locale.FRENCH).get("qpv")).startsWith("doit être un code QPV");
    }

    @Test
    void messagesResolveInEnglish() {
        assertMessagesAre(Locale.ENGLISH, bundle("ContributorValidationMessages_en.properties"));
        assertThat(messages(Locale.ENGLISH).get("qpv")).startsWith("must be a QPV code");
    }

    @Test
    void frenchAndEnglishMessagesDiffer() {
        Map<String, String> french = messages(Locale.FRENCH);
        Map<String, String> english = messages(Locale.ENGLISH);
        french.forEach((property, message) -> assertThat(message).isNotEqualTo(english.get(property)));
    }

    @Test
    void baseBundleIsTheEnglishOne() {
        assertThat(bundle("ContributorValidationMessages.properties").keySet())
                .isEqualTo(bundle("ContributorValidationMessages_en.properties").keySet())
                .isEqualTo(bundle("ContributorValidationMessages_fr.properties").keySet());
    }

    @ParameterizedTest
    @ValueSource(strings = {"QN9999ZZ", "zz-44-bad", "W0000000000000", "2015/2010"})
    void messagesNeverRepeatTheRejectedValue(String rejectedValue) {
        for (Locale locale : List.of(Locale.FRENCH, Locale.ENGLISH)) {
            validator(locale).validate(RawIds.all(rejectedValue))
                    .forEach(v -> assertThat(v.getMessage()).doesNotContain(rejectedValue));
        }
    }

    private static void assertMessagesAre(Locale locale, PropertyResourceBundle bundle) {
        Map<String, String> messages = messages(locale);
        assertThat(messages).hasSize(6);
        messages.forEach((property, message) -> {
            assertThat(message).isNotBlank().doesNotContain("{");
            assertThat(bundle.keySet().stream().map(bundle::getString)).contains(message);
        });
    }

    /** The interpolated message of each property's violation. */
    private static Map<String, String> messages(Locale locale) {
        return validator(locale).validate(RawIds.all("x")).stream()
                .collect(Collectors.toMap(v -> v.getPropertyPath().toString(), ConstraintViolation::getMessage));
    }

    static Validator validator(Locale locale) {
        MessageInterpolator provider = FACTORY.getMessageInterpolator();
        MessageInterpolator inLocale = new MessageInterpolator() {
            @Override
            public String interpolate(String template, Context context) {
                return provider.interpolate(template, context, locale);
            }

            @Override
            public String interpolate(String template, Context context, Locale ignored) {
                return provider.interpolate(template, context, locale);
            }
        };
        return FACTORY.usingContext().messageInterpolator(inLocale).getValidator();
    }

    private static PropertyResourceBundle bundle(String name) {
        try (InputStream in = IdentifierConstraintsTest.class.getResourceAsStream("/" + name)) {
            assertThat(in).as(name).isNotNull();
            return new PropertyResourceBundle(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
