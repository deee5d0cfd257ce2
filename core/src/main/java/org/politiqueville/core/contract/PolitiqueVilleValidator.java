package org.politiqueville.core.contract;

import jakarta.validation.NoProviderFoundException;
import jakarta.validation.Validation;
import jakarta.validation.ValidationException;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.politiqueville.core.catalogue.CatalogueRules;
import org.politiqueville.core.catalogue.Document;
import org.politiqueville.core.engagement.Engagement;
import org.politiqueville.core.engagement.EngagementRules;
import org.politiqueville.core.governance.GovernanceBody;
import org.politiqueville.core.governance.GovernanceRules;
import org.politiqueville.core.id.InseeCode;
import org.politiqueville.core.indicator.IndicatorDefinition;
import org.politiqueville.core.indicator.IndicatorRules;
import org.politiqueville.core.indicator.Observation;
import org.politiqueville.core.territory.District;
import org.politiqueville.core.territory.Quarter;
import org.politiqueville.core.territory.TerritoryKind;
import org.politiqueville.core.territory.TerritoryRef;
import org.politiqueville.core.territory.TerritoryRules;
import org.politiqueville.core.validation.ConstraintViolations;
import org.politiqueville.core.validation.ProblemCode;
import org.politiqueville.core.validation.RuleContext;
import org.politiqueville.core.validation.ValidationReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one entry point for validating politiqueville data: a whole {@link CityContract}, or a single
 * entity (a quarter, a body, an engagement, an observation, a document…).
 *
 * <p>Validation has two layers, always run together here. Bean Validation checks the constraints
 * declared on the records' components (a population is not negative, a progress lies in 0–100…),
 * through a {@link jakarta.validation.Validator} — Hibernate Validator by default, or the caller's
 * own. Then the domain rules check what involves several values or several entities: unique ids,
 * references that resolve, no engagement cycles, observations consistent with their indicator, and
 * the legal rules on citizens' councils. Every finding lands in one {@link ValidationReport}, which
 * renders in French or English.
 *
 * <p>Legal rules are warnings by default, errors in {@linkplain Builder#strict(boolean) strict
 * mode}: real data is often mid-transition, and a city wants to see the problem, not lose the record.
 *
 * <p>Immutable and thread-safe: build one and share it. Bootstrapping Hibernate Validator takes a
 * few hundred milliseconds, so the default validator factory is built once per class loader, on the
 * first {@link #create()} or {@link Builder#build()} that needs it.
 */
public final class PolitiqueVilleValidator {

    private static final Logger LOG = LoggerFactory.getLogger(PolitiqueVilleValidator.class);

    private final Validator beanValidator;
    private final boolean strict;

    private PolitiqueVilleValidator(Validator beanValidator, boolean strict) {
        this.beanValidator = beanValidator;
        this.strict = strict;
    }

    /**
     * A lenient validator using the default Bean Validation provider.
     *
     * @return the validator, not null
     * @throws IllegalStateException if no Bean Validation provider is on the class or module path
     *                               (add {@code org.hibernate.validator:hibernate-validator} and
     *                               {@code org.glassfish.expressly:expressly}), or use
     *                               {@link Builder#withoutBeanValidation()}
     */
    public static PolitiqueVilleValidator create() {
        return builder().build();
    }

    /**
     * A builder to choose the Bean Validation validator and the mode.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Whether legal-rule findings are errors.
     *
     * @return true in strict mode
     */
    public boolean isStrict() {
        return strict;
    }

    /**
     * Validates a whole city contract: constraints on every entity, unique ids per kind, references
     * that resolve (with the path of the dangling one), the rules of each part, and the legal rules.
     *
     * @param contract the contract, not null
     * @return the report, not null; {@linkplain ValidationReport#isValid() valid} when it holds no
     *         error
     */
    public ValidationReport validate(CityContract contract) {
        Objects.requireNonNull(contract, "contract");
        RuleContext context = new RuleContext(ValidationReport.builder(), strict);
        checkConstraints(contract, context);
        checkTerritory(contract, context);
        GovernanceRules.checkBodies(contract.bodies(), contract::priorityQuartersOf, "bodies", context);
        checkIds(contract.bodies().stream().map(GovernanceBody::id).toList(), "bodies", "id", context);
        Set<String> bodyIds = contract.bodies().stream().map(GovernanceBody::id).collect(Collectors.toSet());
        for (int i = 0; i < contract.bodies().size(); i++) {
            checkTerritories(contract.bodies().get(i).territories(), "bodies[" + i + "].territories", contract,
                    context);
        }
        GovernanceRules.checkMemberships(contract.memberships(), bodyIds, "memberships", context);
        checkEngagements(contract, bodyIds, context);
        checkIndicators(contract, context);
        CatalogueRules.checkDocuments(contract.documents(), "documents",
                value -> resolvesToQuarterOrDistrict(contract, value), context);
        for (int i = 0; i < contract.timeline().size(); i++) {
            TimelineEntry entry = contract.timeline().get(i);
            String path = "timeline[" + i + "]";
            for (int j = 0; j < entry.bodyIds().size(); j++) {
                if (!bodyIds.contains(entry.bodyIds().get(j))) {
                    context.error(ProblemCode.DANGLING_REFERENCE, path + ".bodyIds[" + j + "]", entry.bodyIds().get(j),
                            "governance body");
                }
            }
            checkTerritories(entry.territories(), path + ".territories", contract, context);
        }
        return context.report();
    }

    /**
     * Validates one entity on its own: its Bean Validation constraints and the rules that need no
     * other entity (a priority quarter has a code, an engagement's progress matches its status, an
     * observation has a value exactly when its status says so…). Rules that need the rest of the
     * contract (references, one council per quarter) are checked by {@link #validate(CityContract)}.
     *
     * @param entity the entity, not null; a {@link CityContract} is validated as a whole
     * @return the report, not null
     */
    public ValidationReport validate(Object entity) {
        Objects.requireNonNull(entity, "entity");
        if (entity instanceof CityContract contract) {
            return validate(contract);
        }
        RuleContext context = new RuleContext(ValidationReport.builder(), strict);
        checkConstraints(entity, context);
        if (entity instanceof Quarter quarter) {
            TerritoryRules.checkQuarter(quarter, "", context);
        } else if (entity instanceof GovernanceBody body) {
            GovernanceRules.checkDates(body, "", context);
            if (body.composition() != null) {
                GovernanceRules.checkComposition(body.composition(), "composition", context);
            }
        } else if (entity instanceof Engagement engagement) {
            EngagementRules.checkEngagement(engagement, "", context);
        } else if (entity instanceof Observation observation) {
            IndicatorRules.checkValuePresence(observation, "", context);
        } else if (entity instanceof Document document) {
            CatalogueRules.checkLink(document, "", context);
        }
        return context.report();
    }

    private void checkConstraints(Object bean, RuleContext context) {
        if (beanValidator != null) {
            ConstraintViolations.toProblems(beanValidator.validate(bean)).forEach(context::add);
        }
    }

    private static void checkTerritory(CityContract contract, RuleContext context) {
        Set<InseeCode> communeCodes = contract.communes().stream().map(c -> c.code()).collect(Collectors.toSet());
        checkIds(contract.communes().stream().map(c -> c.code().value()).toList(), "communes", "code", context);
        List<InseeCode> members = contract.agglomeration().communes();
        for (int i = 0; i < members.size(); i++) {
            if (!communeCodes.contains(members.get(i))) {
                context.error(ProblemCode.DANGLING_REFERENCE, "agglomeration.communes[" + i + "]",
                        members.get(i).value(), "commune");
            }
        }
        checkIds(contract.quarters().stream().map(Quarter::id).toList(), "quarters", "id", context);
        for (int i = 0; i < contract.quarters().size(); i++) {
            Quarter quarter = contract.quarters().get(i);
            TerritoryRules.checkQuarter(quarter, "quarters[" + i + "]", context);
            TerritoryRules.checkQuarterCommunes(quarter, "quarters[" + i + "]", communeCodes, context);
        }
        Set<String> quarterIds = contract.quarters().stream().map(Quarter::id).collect(Collectors.toSet());
        checkIds(contract.districts().stream().map(District::id).toList(), "districts", "id", context);
        for (int i = 0; i < contract.districts().size(); i++) {
            TerritoryRules.checkDistrict(contract.districts().get(i), "districts[" + i + "]", quarterIds, context);
        }
    }

    private static void checkEngagements(CityContract contract, Set<String> bodyIds, RuleContext context) {
        List<Engagement> engagements = contract.engagements();
        checkIds(engagements.stream().map(Engagement::id).toList(), "engagements", "id", context);
        EngagementRules.checkEngagements(engagements, "engagements", context);
        Set<String> indicatorCodes = contract.indicators().stream().map(IndicatorDefinition::code)
                .collect(Collectors.toSet());
        for (int i = 0; i < engagements.size(); i++) {
            EngagementRules.checkReferences(engagements.get(i), "engagements[" + i + "]", bodyIds::contains,
                    contract::contains, indicatorCodes::contains, context);
        }
    }

    private static void checkIndicators(CityContract contract, RuleContext context) {
        List<IndicatorDefinition> indicators = contract.indicators();
        checkIds(indicators.stream().map(IndicatorDefinition::code).toList(), "indicators", "code", context);
        Map<String, IndicatorDefinition> byCode = new HashMap<>();
        indicators.forEach(d -> byCode.putIfAbsent(d.code(), d));
        Function<String, java.util.Optional<IndicatorDefinition>> definitions =
                code -> java.util.Optional.ofNullable(byCode.get(code));
        IndicatorRules.checkObservations(contract.observations(), definitions, "observations", context);
        for (int i = 0; i < contract.observations().size(); i++) {
            TerritoryRef territory = contract.observations().get(i).territory();
            if (!contract.contains(territory)) {
                context.error(ProblemCode.DANGLING_REFERENCE, "observations[" + i + "].territory",
                        territory.toString(), "territory");
            }
        }
    }

    private static void checkTerritories(List<TerritoryRef> territories, String path, CityContract contract,
                                         RuleContext context) {
        for (int j = 0; j < territories.size(); j++) {
            if (!contract.contains(territories.get(j))) {
                context.error(ProblemCode.DANGLING_REFERENCE, path + "[" + j + "]", territories.get(j).toString(),
                        "territory");
            }
        }
    }

    private static boolean resolvesToQuarterOrDistrict(CityContract contract, String name) {
        return contract.resolver().resolve(name, TerritoryKind.QUARTER).territory().isPresent()
                || contract.resolver().resolve(name, TerritoryKind.DISTRICT).territory().isPresent();
    }

    /** Reports every id that an earlier element of the same list already has. */
    private static void checkIds(List<String> ids, String listPath, String property, RuleContext context) {
        Map<String, Integer> first = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            if (first.putIfAbsent(ids.get(i), i) != null) {
                context.error(ProblemCode.DUPLICATE_ID, listPath + "[" + i + "]." + property, ids.get(i));
            }
        }
    }

    /** Chooses the Bean Validation validator and the mode of a {@link PolitiqueVilleValidator}. */
    public static final class Builder {

        private Validator validator;
        private boolean beanValidation = true;
        private boolean strict;

        private Builder() {
        }

        /**
         * Uses the caller's Bean Validation validator instead of the default provider's.
         *
         * @param value the validator, not null
         * @return this builder
         */
        public Builder validator(Validator value) {
            this.validator = Objects.requireNonNull(value, "validator");
            this.beanValidation = true;
            return this;
        }

        /**
         * Skips Bean Validation: only the domain rules run. For callers without a provider, or who
         * already validated the constraints themselves.
         *
         * @return this builder
         */
        public Builder withoutBeanValidation() {
            this.validator = null;
            this.beanValidation = false;
            return this;
        }

        /**
         * Whether broken legal rules are errors (strict) or warnings (the default).
         *
         * @param value true for strict mode
         * @return this builder
         */
        public Builder strict(boolean value) {
            this.strict = value;
            return this;
        }

        /**
         * Builds the validator.
         *
         * @return the validator, not null
         * @throws IllegalStateException if Bean Validation is on, no validator was given and no
         *                               provider is available
         */
        public PolitiqueVilleValidator build() {
            Validator chosen = validator;
            if (chosen == null && beanValidation) {
                chosen = DefaultFactory.validator();
            }
            return new PolitiqueVilleValidator(chosen, strict);
        }
    }

    /** The default provider's validator, bootstrapped once on first use (it is slow to start). */
    private static final class DefaultFactory {

        private static final ValidatorFactory FACTORY = bootstrap();

        private static ValidatorFactory bootstrap() {
            try {
                ValidatorFactory factory = Validation.buildDefaultValidatorFactory();
                LOG.debug("Bean Validation provider: {}", factory.getClass().getName());
                return factory;
            } catch (NoProviderFoundException e) {
                LOG.debug("No Bean Validation provider", e);
                return null;
            } catch (ValidationException e) {
                throw new IllegalStateException("The Bean Validation provider could not start: " + e.getMessage(), e);
            }
        }

        static Validator validator() {
            if (FACTORY == null) {
                throw new IllegalStateException("No Bean Validation provider found: add "
                        + "org.hibernate.validator:hibernate-validator and org.glassfish.expressly:expressly to "
                        + "the class path, pass your own validator, or call withoutBeanValidation()");
            }
            return FACTORY.getValidator();
        }
    }
}
