package org.politiqueville.core.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.politiqueville.core.engagement.Engagement;
import org.politiqueville.core.engagement.Pillar;
import org.politiqueville.core.governance.BodyKind;
import org.politiqueville.core.governance.GovernanceBody;
import org.politiqueville.core.id.Period;
import org.politiqueville.core.id.ReducedDate;
import org.politiqueville.core.indicator.Observation;
import org.politiqueville.core.sample.NantesMetropole;
import org.politiqueville.core.territory.Population;
import org.politiqueville.core.territory.Quarter;
import org.politiqueville.core.territory.TerritoryRef;
import org.politiqueville.core.validation.Problem;
import org.politiqueville.core.validation.ProblemCode;
import org.politiqueville.core.validation.Severity;
import org.politiqueville.core.validation.ValidationReport;

class ContractValidationTest {

    private static final CityContract NANTES = NantesMetropole.contract();
    private static final PolitiqueVilleValidator LENIENT = PolitiqueVilleValidator.create();
    private static final PolitiqueVilleValidator STRICT = PolitiqueVilleValidator.builder().strict(true).build();

    private static List<Quarter> quartersWith(int index, Quarter replacement) {
        List<Quarter> quarters = new ArrayList<>(NANTES.quarters());
        quarters.set(index, replacement);
        return quarters;
    }

    private static CityContract.Builder emptyCopy() {
        return CityContract.builder(NANTES.id(), NANTES.name()).agglomeration(NANTES.agglomeration())
                .communes(NANTES.communes()).districts(NANTES.districts()).indicators(NANTES.indicators());
    }

    @Test
    void reportsADuplicateQuarterIdAtTheLaterQuarter() {
        Quarter copy = NANTES.quarters().get(1).toBuilder().build();
        CityContract contract = emptyCopy().quarters(quartersWith(0, copy)).build();

        ValidationReport report = LENIENT.validate(contract);

        assertThat(report.withCode(ProblemCode.DUPLICATE_ID)).extracting(Problem::path, Problem::value)
                .containsExactly(tuple("quarters[1].id", "les-dervallieres"));
    }

    @Test
    void reportsANegativePopulationThroughBeanValidationAtItsPath() {
        Quarter malakoff = NANTES.quarter("malakoff").orElseThrow().toBuilder()
                .population(new Population(-250, 2020)).build();
        int index = NANTES.quarters().indexOf(NANTES.quarter("malakoff").orElseThrow());
        CityContract contract = emptyCopy().quarters(quartersWith(index, malakoff)).build();

        ValidationReport report = LENIENT.validate(contract);

        assertThat(report.errors()).extracting(Problem::code, Problem::path, Problem::value)
                .containsExactly(tuple(ProblemCode.OUT_OF_RANGE, "quarters[" + index + "].population.count", "-250"));
    }

    @Test
    void reportsABodyCoveringAnUnknownQuarter() {
        GovernanceBody council = GovernanceBody.builder("cc-x", "Conseil citoyen X", BodyKind.CITIZENS_COUNCIL)
                .territory(TerritoryRef.quarter("nowhere")).installation(ReducedDate.ofYear(2020)).build();
        CityContract contract = emptyCopy().quarters(NANTES.quarters()).bodies(List.of(council)).build();

        ValidationReport report = LENIENT.validate(contract);

        assertThat(report.errors()).extracting(Problem::code, Problem::path)
                .containsExactly(tuple(ProblemCode.DANGLING_REFERENCE, "bodies[0].territories[0]"));
        assertThat(report.warnings()).extracting(Problem::code)
                .containsExactly(ProblemCode.COUNCIL_WITHOUT_PRIORITY_QUARTER);
    }

    @Test
    void twoActiveCouncilsOnOneQuarterAreAWarningByDefaultAndAnErrorWhenStrict() {
        GovernanceBody second = GovernanceBody.builder("cc-malakoff-bis", "Conseil citoyen Malakoff bis",
                BodyKind.CITIZENS_COUNCIL).territory(TerritoryRef.quarter("malakoff"))
                .installation(ReducedDate.ofYear(2017)).build();
        List<GovernanceBody> bodies = new ArrayList<>(NANTES.bodies());
        bodies.add(second);
        CityContract contract = emptyCopy().quarters(NANTES.quarters()).bodies(bodies).build();

        assertThat(LENIENT.validate(contract).withCode(ProblemCode.QUARTER_WITH_SEVERAL_COUNCILS))
                .extracting(Problem::severity, Problem::value).containsExactly(tuple(Severity.WARNING, "malakoff"));
        assertThat(STRICT.validate(contract).withCode(ProblemCode.QUARTER_WITH_SEVERAL_COUNCILS))
                .extracting(Problem::severity).containsExactly(Severity.ERROR);
    }

    @Test
    void reportsEngagementReferencesThatDoNotResolve() {
        Engagement engagement = Engagement.builder("e1", "Ouvrir un tiers-lieu", Pillar.SOCIAL_COHESION)
                .signatories(List.of("nobody")).targetQuarters(List.of(TerritoryRef.quarter("malakoff")))
                .indicatorCodes(List.of("NOPE")).build();
        CityContract contract = NANTES.toBuilder().engagements(List.of(engagement)).build();

        ValidationReport report = LENIENT.validate(contract);

        assertThat(report.errors()).extracting(Problem::code, Problem::path, Problem::value).containsExactly(
                tuple(ProblemCode.DANGLING_REFERENCE, "engagements[0].signatories[0]", "nobody"),
                tuple(ProblemCode.DANGLING_REFERENCE, "engagements[0].indicatorCodes[0]", "NOPE"));
    }

    @Test
    void reportsAnObservationOfAnUnknownIndicatorOrTerritory() {
        Observation unknownIndicator = Observation.builder("TAUX_CHOMAGE", TerritoryRef.quarter("malakoff"),
                Period.ofYear(2021)).value(java.math.BigDecimal.TEN).build();
        Observation unknownTerritory = Observation.builder("DISP_MED", TerritoryRef.quarter("nantes-sud"),
                Period.ofYear(2021)).value(java.math.BigDecimal.TEN).build();
        CityContract contract = NANTES.toBuilder().observations(List.of(unknownIndicator, unknownTerritory)).build();

        ValidationReport report = LENIENT.validate(contract);
        int first = NANTES.observations().size();

        assertThat(report.errors()).extracting(Problem::code, Problem::path).containsExactly(
                tuple(ProblemCode.UNKNOWN_INDICATOR, "observations[" + first + "].indicator"),
                tuple(ProblemCode.DANGLING_REFERENCE, "observations[" + (first + 1) + "].territory"));
    }

    @Test
    void reportsTimelineEntriesNamingUnknownBodies() {
        TimelineEntry entry = new TimelineEntry(ReducedDate.ofYear(2020), "Installation", List.of("cc-ghost"),
                List.of());
        CityContract contract = NANTES.toBuilder().timeline(List.of(entry)).build();

        assertThat(LENIENT.validate(contract).errors()).extracting(Problem::code, Problem::path)
                .containsExactly(tuple(ProblemCode.DANGLING_REFERENCE,
                        "timeline[" + NANTES.timeline().size() + "].bodyIds[0]"));
    }

    @Test
    void reportsAnEngagementCycleOnce() {
        Engagement a = Engagement.builder("a", "A", Pillar.SOCIAL_COHESION).signatories(List.of("comite-pilotage"))
                .parentId("b").build();
        Engagement b = Engagement.builder("b", "B", Pillar.SOCIAL_COHESION).signatories(List.of("comite-pilotage"))
                .parentId("a").build();
        CityContract contract = NANTES.toBuilder().engagements(List.of(a, b)).build();

        assertThat(LENIENT.validate(contract).withCode(ProblemCode.ENGAGEMENT_CYCLE)).hasSize(1);
    }

    @Test
    void validatesASingleEntityWithItsOwnRules() {
        Quarter withoutCode = Quarter.builder("x", "X").commune(NANTES.communes().get(0).code()).build();

        ValidationReport report = LENIENT.validate((Object) withoutCode);

        assertThat(report.errors()).extracting(Problem::code)
                .containsExactly(ProblemCode.PRIORITY_QUARTER_WITHOUT_CODE);
        assertThat(report.errors().get(0).message(Locale.FRENCH)).contains("QPV");
    }

    @Test
    void runsOnlyTheRulesWithoutBeanValidation() {
        Quarter malakoff = NANTES.quarter("malakoff").orElseThrow().toBuilder()
                .population(new Population(-250, 2020)).build();

        ValidationReport report = PolitiqueVilleValidator.builder().withoutBeanValidation().build()
                .validate((Object) malakoff);

        assertThat(report.isEmpty()).isTrue();
    }
}
