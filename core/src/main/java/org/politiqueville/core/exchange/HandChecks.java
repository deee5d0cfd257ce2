package org.politiqueville.core.exchange;

import jakarta.validation.Constraint;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.politiqueville.core.catalogue.CatalogueRules;
import org.politiqueville.core.catalogue.Document;
import org.politiqueville.core.contract.PolitiqueVilleValidator;
import org.politiqueville.core.indicator.IndicatorDefinition;
import org.politiqueville.core.indicator.IndicatorRules;
import org.politiqueville.core.indicator.Observation;
import org.politiqueville.core.territory.Commune;
import org.politiqueville.core.territory.Population;
import org.politiqueville.core.territory.Quarter;
import org.politiqueville.core.territory.TerritoryRules;
import org.politiqueville.core.validation.Problem;
import org.politiqueville.core.validation.ProblemCode;
import org.politiqueville.core.validation.RuleContext;

/**
 * What {@link PolitiqueVilleValidator#validate(Object)} reports on a single entity, computed
 * without Bean Validation for the entity types whose constraints are few and simple: the rows of
 * large files (observations, quarters, documents, communes, indicators) are then checked in a few
 * comparisons instead of a trip through the provider's metadata, property paths and violation
 * sets.
 *
 * <p>The checks are prepared once: the constraint annotations of each type (on the record, its
 * components, fields, accessors and list elements, and on the records it cascades to with
 * {@code @Valid}) are read by reflection and compared with the ones written here; a type whose
 * annotations differ in any way (a constraint added, moved or removed) is not {@linkplain #covers
 * covered}, and its rows go through Bean Validation as before. Attributes such as a pattern's
 * {@code regexp} are read from the annotation itself. The problems are those
 * {@link org.politiqueville.core.validation.ConstraintViolations} makes of the violations, in the
 * same order, followed by the single-entity rules the validator runs: a property test checks that
 * the two agree on valid and broken entities.
 */
final class HandChecks {

    private static final String RANGE_POSITIVE_OR_ZERO = "≥ 0";
    private static final Comparator<Problem> ORDER = Comparator.comparing(Problem::path)
            .thenComparing(Problem::code)
            .thenComparing(problem -> problem.details().toString());

    /** The constraint annotations each covered type has, as {@link #signature(Class)} lists them. */
    private static final Map<Class<?>, Set<String>> EXPECTED = Map.of(
            Observation.class, Set.of(),
            Commune.class, Set.of(),
            Quarter.class, on("population", "@Valid"),
            Population.class, on("count", "@PositiveOrZero"),
            Document.class, on("mediaType", "@Pattern"),
            IndicatorDefinition.class, union(on("label", "@NotBlank"), on("source", "@NotBlank"),
                    onElements("aliases", "@NotBlank")));

    private static final java.util.regex.Pattern MEDIA_TYPE = mediaTypePattern();
    private static final Set<Class<?>> COVERED = covered();

    private HandChecks() {
    }

    /**
     * Whether the entities of a type are checked here: their annotations are exactly those this
     * class checks by hand.
     *
     * @param type the entity type
     * @return true if {@link #check(Object, RuleContext)} reports what the validator would
     */
    static boolean covers(Class<?> type) {
        return COVERED.contains(type);
    }

    /**
     * Reports what {@link PolitiqueVilleValidator#validate(Object)} with the default provider
     * reports on an entity of a covered type: its constraint violations, then its single-entity
     * rules.
     *
     * @param entity  the entity, of a covered type
     * @param context where to report, strict or not as the validator is
     * @throws IllegalArgumentException if the entity's type is not covered
     */
    static void check(Object entity, RuleContext context) {
        if (!covers(entity.getClass())) {
            throw new IllegalArgumentException("not checked by hand: " + entity.getClass().getName());
        }
        if (entity instanceof Observation observation) {
            IndicatorRules.checkValuePresence(observation, "", context);
        } else if (entity instanceof Quarter quarter) {
            Population population = quarter.population();
            if (population != null && population.count() < 0) {
                context.add(Problem.error(ProblemCode.OUT_OF_RANGE, "population.count",
                        Long.toString(population.count()), RANGE_POSITIVE_OR_ZERO));
            }
            TerritoryRules.checkQuarter(quarter, "", context);
        } else if (entity instanceof Document document) {
            String mediaType = document.mediaType();
            if (mediaType != null && !MEDIA_TYPE.matcher(mediaType).matches()) {
                context.add(Problem.error(ProblemCode.INVALID_FORMAT, "mediaType", mediaType, MEDIA_TYPE.pattern()));
            }
            CatalogueRules.checkLink(document, "", context);
        } else if (entity instanceof IndicatorDefinition definition) {
            List<Problem> problems = new ArrayList<>();
            notBlank(definition.label(), "label", problems);
            notBlank(definition.source(), "source", problems);
            for (int i = 0; i < definition.aliases().size(); i++) {
                notBlank(definition.aliases().get(i), "aliases[" + i + "]", problems);
            }
            problems.sort(ORDER);
            problems.forEach(context::add);
        }
    }

    /** Where an annotation on a record component lands: its field and accessor, as declaration and type use. */
    private static Set<String> on(String component, String annotation) {
        return Set.of("component " + component + " <type> " + annotation, "field " + component + " <type> " + annotation,
                "field " + component + " " + annotation, "method " + component + " <type> " + annotation,
                "method " + component + " " + annotation);
    }

    /** Where an annotation on the elements of a list component lands. */
    private static Set<String> onElements(String component, String annotation) {
        return Set.of("component " + component + " <element> " + annotation,
                "field " + component + " <element> " + annotation, "method " + component + " <element> " + annotation);
    }

    @SafeVarargs
    private static Set<String> union(Set<String>... sets) {
        Set<String> all = new TreeSet<>();
        for (Set<String> set : sets) {
            all.addAll(set);
        }
        return all;
    }

    private static void notBlank(String text, String path, List<Problem> problems) {
        if (text == null || text.isBlank()) {
            problems.add(Problem.error(ProblemCode.REQUIRED, path, text));
        }
    }

    private static Set<Class<?>> covered() {
        Set<Class<?>> covered = new java.util.HashSet<>();
        for (Class<?> type : List.of(Observation.class, Commune.class, Quarter.class, Document.class,
                IndicatorDefinition.class)) {
            boolean same = signature(type).equals(EXPECTED.get(type))
                    && (type != Quarter.class || signature(Population.class).equals(EXPECTED.get(Population.class)));
            if (same) {
                covered.add(type);
            }
        }
        return Set.copyOf(covered);
    }

    private static java.util.regex.Pattern mediaTypePattern() {
        try {
            Pattern pattern = Document.class.getDeclaredField("mediaType").getAnnotation(Pattern.class);
            return pattern == null || pattern.flags().length > 0 ? null : java.util.regex.Pattern.compile(pattern.regexp());
        } catch (NoSuchFieldException e) {
            return null;
        }
    }

    /**
     * The Bean Validation annotations of a type, one line per place: the type itself, each record
     * component, field and method (return type included), and the elements of their lists.
     */
    static Set<String> signature(Class<?> type) {
        Set<String> lines = new TreeSet<>();
        add(lines, "type " + type.getSimpleName(), type);
        for (RecordComponent component : type.getRecordComponents()) {
            add(lines, "component " + component.getName(), component);
            add(lines, "component " + component.getName() + " <type>", component.getAnnotatedType());
            addElements(lines, "component " + component.getName(), component.getAnnotatedType());
        }
        for (Field field : type.getDeclaredFields()) {
            add(lines, "field " + field.getName(), field);
            add(lines, "field " + field.getName() + " <type>", field.getAnnotatedType());
            addElements(lines, "field " + field.getName(), field.getAnnotatedType());
        }
        for (Method method : type.getDeclaredMethods()) {
            add(lines, "method " + method.getName(), method);
            add(lines, "method " + method.getName() + " <type>", method.getAnnotatedReturnType());
            addElements(lines, "method " + method.getName(), method.getAnnotatedReturnType());
            for (int i = 0; i < method.getParameterCount(); i++) {
                add(lines, "method " + method.getName() + " parameter " + i, method.getParameters()[i]);
            }
        }
        if (MEDIA_TYPE == null && type == Document.class) {
            lines.add("unreadable mediaType pattern");
        }
        return lines;
    }

    private static void add(Set<String> lines, String place, AnnotatedElement element) {
        for (Annotation annotation : element.getAnnotations()) {
            if (isValidation(annotation)) {
                lines.add(place + " @" + annotation.annotationType().getSimpleName());
            }
        }
    }

    private static void addElements(Set<String> lines, String place, AnnotatedType type) {
        if (type instanceof AnnotatedParameterizedType parameterized) {
            for (AnnotatedType argument : parameterized.getAnnotatedActualTypeArguments()) {
                add(lines, place + " <element>", argument);
                addElements(lines, place + " <element>", argument);
            }
        }
    }

    private static boolean isValidation(Annotation annotation) {
        Class<? extends Annotation> type = annotation.annotationType();
        return type == Valid.class || type.isAnnotationPresent(Constraint.class)
                || type.getName().startsWith("jakarta.validation.");
    }
}
