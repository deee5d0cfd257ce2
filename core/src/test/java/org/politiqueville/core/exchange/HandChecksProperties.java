package org.politiqueville.core.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.politiqueville.core.catalogue.CatalogueArbitraries;
import org.politiqueville.core.catalogue.Document;
import org.politiqueville.core.contract.PolitiqueVilleValidator;
import org.politiqueville.core.engagement.Engagement;
import org.politiqueville.core.governance.GovernanceBody;
import org.politiqueville.core.id.QpvCode;
import org.politiqueville.core.indicator.Confidentiality;
import org.politiqueville.core.indicator.IndicatorArbitraries;
import org.politiqueville.core.indicator.IndicatorDefinition;
import org.politiqueville.core.indicator.Observation;
import org.politiqueville.core.indicator.ObservationStatus;
import org.politiqueville.core.territory.Commune;
import org.politiqueville.core.territory.Population;
import org.politiqueville.core.territory.Quarter;
import org.politiqueville.core.territory.QuarterStatus;
import org.politiqueville.core.territory.TerritoryArbitraries;
import org.politiqueville.core.validation.Problem;
import org.politiqueville.core.validation.RuleContext;
import org.politiqueville.core.validation.ValidationReport;

/**
 * The mappers skip Bean Validation for simple entity types and check their constraints by hand:
 * these properties pin that the hand checks report exactly what the validator with the default
 * provider (Hibernate Validator) reports, problem for problem and in the same order, on valid and
 * on broken entities, lenient and strict.
 */
class HandChecksProperties {

    private static final PolitiqueVilleValidator LENIENT = PolitiqueVilleValidator.create();
    private static final PolitiqueVilleValidator STRICT = PolitiqueVilleValidator.builder().strict(true).build();

    private static List<Problem> byHand(Object entity, boolean strict) {
        RuleContext context = new RuleContext(ValidationReport.builder(), strict);
        HandChecks.check(entity, context);
        return context.report().problems();
    }

    private static List<Problem> byValidator(Object entity, boolean strict) {
        return (strict ? STRICT : LENIENT).validate(entity).problems();
    }

    @Property
    void handChecksAgreeWithBeanValidationOnObservations(@ForAll("observations") Observation observation,
                                                         @ForAll boolean strict) {
        assertThat(byHand(observation, strict)).isEqualTo(byValidator(observation, strict));
    }

    @Property
    void handChecksAgreeWithBeanValidationOnQuarters(@ForAll("quarters") Quarter quarter, @ForAll boolean strict) {
        assertThat(byHand(quarter, strict)).isEqualTo(byValidator(quarter, strict));
    }

    @Property
    void handChecksAgreeWithBeanValidationOnDocuments(@ForAll("documents") Document document,
                                                      @ForAll boolean strict) {
        assertThat(byHand(document, strict)).isEqualTo(byValidator(document, strict));
    }

    @Property
    void handChecksAgreeWithBeanValidationOnIndicators(@ForAll("indicators") IndicatorDefinition definition,
                                                       @ForAll boolean strict) {
        assertThat(byHand(definition, strict)).isEqualTo(byValidator(definition, strict));
    }

    @Property(tries = 200)
    void handChecksAgreeWithBeanValidationOnCommunes(@ForAll("communes") Commune commune) {
        assertThat(byHand(commune, false)).isEqualTo(byValidator(commune, false));
    }

    @Property(tries = 300)
    void brokenEntitiesAreReportedByBoth(@ForAll("brokenQuarters") Quarter quarter) {
        assertThat(byValidator(quarter, false)).isNotEmpty();
        assertThat(byHand(quarter, false)).isEqualTo(byValidator(quarter, false));
    }

    @Example
    void coversTheEntityTypesOfLargeFilesOnly() {
        assertThat(List.of(Observation.class, Quarter.class, Document.class, Commune.class, IndicatorDefinition.class))
                .allMatch(HandChecks::covers);
        assertThat(HandChecks.covers(GovernanceBody.class)).isFalse();
        assertThat(HandChecks.covers(Engagement.class)).isFalse();
    }

    @Example
    void signatureFindsConstraintsOnComponentsAndListElements() {
        assertThat(HandChecks.signature(GovernanceBody.class))
                .contains("method name @NotBlank", "method members <element> @NotBlank", "method composition @Valid");
        assertThat(HandChecks.signature(Observation.class)).isEmpty();
    }

    @Provide
    Arbitrary<Observation> observations() {
        Arbitrary<BigDecimal> values = Arbitraries.bigDecimals().between(BigDecimal.valueOf(-1000),
                BigDecimal.valueOf(100_000)).ofScale(1).injectNull(0.4);
        return Combinators.combine(IndicatorArbitraries.observations(), values,
                        Arbitraries.of(ObservationStatus.class), Arbitraries.of(Confidentiality.class),
                        Arbitraries.of(true, false))
                .as((valid, value, status, confidentiality, keep) -> keep ? valid
                        : Observation.builder(valid.indicator(), valid.territory(), valid.period()).value(value)
                                .status(status).confidentiality(confidentiality).source(valid.source()).build());
    }

    @Provide
    Arbitrary<Quarter> quarters() {
        return Arbitraries.oneOf(List.of(TerritoryArbitraries.quarters(), brokenQuarters()));
    }

    @Provide
    Arbitrary<Quarter> brokenQuarters() {
        Arbitrary<Population> negative = Combinators.combine(Arbitraries.longs().between(-50_000, -1),
                Arbitraries.integers().between(1990, 2030)).as(Population::new);
        return Combinators.combine(TerritoryArbitraries.quarters(), negative, Arbitraries.integers().between(0, 3))
                .as((quarter, population, breakage) -> switch (breakage) {
                    case 0 -> quarter.toBuilder().population(population).build();
                    case 1 -> new Quarter(quarter.id(), quarter.label(), quarter.aliases(),
                            quarter.status() == QuarterStatus.PRIORITY ? QuarterStatus.WATCH : QuarterStatus.PRIORITY,
                            quarter.codes(), quarter.communes(), population);
                    case 2 -> new Quarter(quarter.id(), quarter.label(), quarter.aliases(), QuarterStatus.PRIORITY,
                            List.of(QpvCode.parse("QN04405M"), QpvCode.parse("QN04406M")), List.of(), population);
                    default -> new Quarter(quarter.id(), quarter.label(), quarter.aliases(), QuarterStatus.PRIORITY,
                            List.of(), quarter.communes(), quarter.population());
                });
    }

    @Provide
    Arbitrary<Document> documents() {
        Arbitrary<String> mediaTypes = Arbitraries.oneOf(List.of(
                Arbitraries.of("application/pdf", "text/csv", "image/svg+xml", "pdf", "text/", "/csv", "text/ csv",
                        "application/vnd.ms-excel", ""),
                Arbitraries.strings().ofMaxLength(12)));
        Arbitrary<URI> links = Arbitraries.of(URI.create("https://example.org/a.pdf"),
                URI.create("http://example.org/a.pdf"), URI.create("ftp://example.org/a"), URI.create("a.pdf"),
                URI.create("javascript:alert(1)"));
        return Combinators.combine(CatalogueArbitraries.documents(), mediaTypes.injectNull(0.3), links.injectNull(0.3),
                        Arbitraries.of(true, false))
                .as((valid, mediaType, link, keep) -> keep ? valid
                        : new Document(valid.id(), valid.title(), valid.categories(), valid.period(), valid.typeLabel(),
                                link, mediaType));
    }

    @Provide
    Arbitrary<IndicatorDefinition> indicators() {
        Arbitrary<String> texts = Arbitraries.of("", " ", "\t", "Taux", " Taux de pauvreté ", "\u00A0", "\u2003", "\u0001");
        return Combinators.combine(IndicatorArbitraries.definitions(), texts, texts, texts.list().ofMaxSize(3),
                        Arbitraries.of(true, false))
                .as((valid, label, source, aliases, keep) -> {
                    if (keep) {
                        return valid;
                    }
                    List<String> names = new ArrayList<>(valid.aliases());
                    names.addAll(aliases);
                    return new IndicatorDefinition(valid.code(), label, names, valid.unit(), valid.polarity(), source,
                            valid.description());
                });
    }

    @Provide
    Arbitrary<Commune> communes() {
        return TerritoryArbitraries.communes();
    }
}
