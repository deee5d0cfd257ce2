package org.politiqueville.core.territory;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.politiqueville.core.id.InseeCode;
import org.politiqueville.core.id.QpvCode;
import org.politiqueville.core.id.QpvGeneration;
import org.politiqueville.core.validation.ProblemCode;
import org.politiqueville.core.validation.RuleContext;

/**
 * The rules on quarters and districts that a record's constructor does not enforce, so that a
 * whole referential can be checked and every finding reported at its property path.
 *
 * <p>Each method takes the path of the object it checks (such as {@code quarters[3]}) and reports
 * at paths below it (such as {@code quarters[3].codes[1]}); an empty path reports at the bare
 * property names.
 */
public final class TerritoryRules {

    private TerritoryRules() {
    }

    /**
     * Checks a quarter: its codes against its status and their generations, and its communes.
     *
     * <ul>
     *   <li>{@link ProblemCode#PRIORITY_QUARTER_WITHOUT_CODE} (error, at {@code codes}, value: the
     *       quarter's id) for a priority quarter without a QPV code;</li>
     *   <li>{@link ProblemCode#WATCH_QUARTER_WITH_CODE} (error, at {@code codes[i]}, value: the
     *       code) for each code of a watch quarter;</li>
     *   <li>{@link ProblemCode#QPV_CODE_GENERATION_REPEATED} (error, at {@code codes[i]}, value: the
     *       code, detail: the generation's year) for each code after the first of its
     *       generation;</li>
     *   <li>{@link ProblemCode#QUARTER_WITHOUT_COMMUNE} (error, at {@code communes}, value: the
     *       quarter's id) for a quarter in no commune.</li>
     * </ul>
     *
     * @param quarter the quarter, not null
     * @param path    the quarter's property path, not null
     * @param context where to report, not null
     */
    public static void checkQuarter(Quarter quarter, String path, RuleContext context) {
        Objects.requireNonNull(quarter, "quarter");
        Objects.requireNonNull(context, "context");
        List<QpvCode> codes = quarter.codes();
        if (quarter.status() == QuarterStatus.PRIORITY && codes.isEmpty()) {
            context.error(ProblemCode.PRIORITY_QUARTER_WITHOUT_CODE, child(path, "codes"), quarter.id());
        }
        Set<QpvGeneration> seen = EnumSet.noneOf(QpvGeneration.class);
        for (int i = 0; i < codes.size(); i++) {
            QpvCode code = codes.get(i);
            String codePath = child(path, "codes[" + i + "]");
            if (quarter.status() == QuarterStatus.WATCH) {
                context.error(ProblemCode.WATCH_QUARTER_WITH_CODE, codePath, code.value());
            }
            if (!seen.add(code.generation())) {
                context.error(ProblemCode.QPV_CODE_GENERATION_REPEATED, codePath, code.value(),
                        year(code.generation()));
            }
        }
        if (quarter.communes().isEmpty()) {
            context.error(ProblemCode.QUARTER_WITHOUT_COMMUNE, child(path, "communes"), quarter.id());
        }
    }

    /**
     * Checks that a quarter lies only in known communes, such as the agglomeration's: reports
     * {@link ProblemCode#DANGLING_REFERENCE} (error, at {@code communes[i]}, value: the INSEE code,
     * detail: {@code commune}) for each other commune.
     *
     * @param quarter        the quarter, not null
     * @param path           the quarter's property path, not null
     * @param knownCommunes  the INSEE codes of the known communes, not null
     * @param context        where to report, not null
     */
    public static void checkQuarterCommunes(
            Quarter quarter, String path, Set<InseeCode> knownCommunes, RuleContext context) {
        Objects.requireNonNull(knownCommunes, "knownCommunes");
        Objects.requireNonNull(context, "context");
        List<InseeCode> communes = quarter.communes();
        for (int i = 0; i < communes.size(); i++) {
            if (!knownCommunes.contains(communes.get(i))) {
                context.error(ProblemCode.DANGLING_REFERENCE, child(path, "communes[" + i + "]"),
                        communes.get(i).value(), "commune");
            }
        }
    }

    /**
     * Checks a district against the ids of the quarters of the referential.
     *
     * <ul>
     *   <li>{@link ProblemCode#DISTRICT_WITHOUT_QUARTER} (error, at {@code quarterIds}, value: the
     *       district's id) for a district that groups no quarter;</li>
     *   <li>{@link ProblemCode#DANGLING_REFERENCE} (error, at {@code quarterIds[i]}, value: the id,
     *       detail: {@code quarter}) for each id that is not a known quarter's.</li>
     * </ul>
     *
     * @param district        the district, not null
     * @param path            the district's property path, not null
     * @param knownQuarterIds the ids of the quarters of the referential, not null
     * @param context         where to report, not null
     */
    public static void checkDistrict(
            District district, String path, Set<String> knownQuarterIds, RuleContext context) {
        Objects.requireNonNull(district, "district");
        Objects.requireNonNull(knownQuarterIds, "knownQuarterIds");
        Objects.requireNonNull(context, "context");
        List<String> quarterIds = district.quarterIds();
        if (quarterIds.isEmpty()) {
            context.error(ProblemCode.DISTRICT_WITHOUT_QUARTER, child(path, "quarterIds"), district.id());
        }
        for (int i = 0; i < quarterIds.size(); i++) {
            if (!knownQuarterIds.contains(quarterIds.get(i))) {
                context.error(ProblemCode.DANGLING_REFERENCE, child(path, "quarterIds[" + i + "]"),
                        quarterIds.get(i), "quarter");
            }
        }
    }

    private static String child(String path, String property) {
        Objects.requireNonNull(path, "path");
        return path.isEmpty() ? property : path + "." + property;
    }

    private static String year(QpvGeneration generation) {
        return switch (generation) {
            case LIST_2015 -> "2015";
            case LIST_2024 -> "2024";
        };
    }
}
