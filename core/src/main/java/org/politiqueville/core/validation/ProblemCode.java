package org.politiqueville.core.validation;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The stable, machine-readable code of every problem the library reports.
 *
 * <p>Codes never change meaning once released; programs may switch on them. Each code has a French
 * and an English message template in the bundle {@code org.politiqueville.core.validation.messages};
 * argument {@code {0}} is the rejected value and {@code {1}}, {@code {2}}… are the problem's details.
 */
public enum ProblemCode {

    // ---- general -------------------------------------------------------------------------------

    /** A required value is missing. */
    REQUIRED,
    /** A value does not have the expected form; detail 1: what was expected. */
    INVALID_FORMAT,
    /** A number lies outside its allowed range; detail 1: the allowed range, such as {@code ≥ 0}. */
    OUT_OF_RANGE,
    /** A text or collection is too short or too long; details 1 and 2: minimum and maximum ({@code ∞} if none). */
    INVALID_SIZE,
    /** A Bean Validation constraint we have no specific code for failed; detail 1: the provider's message. */
    CONSTRAINT_VIOLATED,

    // ---- identifiers ---------------------------------------------------------------------------

    /** An INSEE commune code is not 2 digits (or 2A/2B) followed by 3 digits. */
    INSEE_CODE_FORMAT,
    /** A 4-digit INSEE code whose leading zero a spreadsheet removed; accepted only by a lenient parse. */
    INSEE_CODE_LEADING_ZERO_LOST,
    /** A QPV code matches neither the 2015 ({@code QP}) nor the 2024 ({@code QN}) form. */
    QPV_CODE_FORMAT,
    /** A QPV code names a département that does not exist; detail 1: the département part. */
    QPV_CODE_UNKNOWN_DEPARTEMENT,
    /** A SIREN is not 9 digits. */
    SIREN_FORMAT,
    /** A SIREN fails its Luhn checksum. */
    SIREN_CHECKSUM,
    /** A SIRET is not 14 digits. */
    SIRET_FORMAT,
    /** A SIRET fails its Luhn checksum (or La Poste's digit-sum rule). */
    SIRET_CHECKSUM,
    /** An RNA association number is not W followed by 9 characters. */
    RNA_FORMAT,
    /** A reduced ISO date is not {@code yyyy}, {@code yyyy-MM} or {@code yyyy-MM-dd}. */
    DATE_FORMAT,
    /** A date has the right form but does not exist (31 February). */
    DATE_INVALID,
    /** A period is not a year, a {@code start/end} interval or a reduced date range. */
    PERIOD_FORMAT,
    /** A period ends before it starts; details 1 and 2: start and end. */
    PERIOD_REVERSED,
    /** A document category is not {@code "Facet : value"}. */
    CATEGORY_FORMAT,

    // ---- territory -----------------------------------------------------------------------------

    /** A priority quarter (QPV) has no QPV code. */
    PRIORITY_QUARTER_WITHOUT_CODE,
    /** A watch quarter carries a QPV code, which only priority quarters have. */
    WATCH_QUARTER_WITH_CODE,
    /** A quarter has two QPV codes of the same generation; detail 1: the generation. */
    QPV_CODE_GENERATION_REPEATED,
    /** A quarter lies in no commune. */
    QUARTER_WITHOUT_COMMUNE,
    /** A district groups no quarter. */
    DISTRICT_WITHOUT_QUARTER,
    /** A name matches no territory of the referential; detail 1: the kind of territory searched. */
    UNKNOWN_TERRITORY,
    /** A name matches no commune of the referential. */
    UNKNOWN_COMMUNE,
    /** A name matches several territories; detail 1: the candidates. */
    AMBIGUOUS_NAME,

    // ---- governance ----------------------------------------------------------------------------

    /** A citizens' council covers no priority quarter. */
    COUNCIL_WITHOUT_PRIORITY_QUARTER,
    /** A priority quarter is covered by several citizens' councils at once; detail 1: the councils. */
    QUARTER_WITH_SEVERAL_COUNCILS,
    /** Residents make up less than half of a council; details 1 and 2: residents and members. */
    RESIDENTS_MINORITY,
    /** The residents' college breaks women/men parity; details 1 and 2: women and men. */
    RESIDENTS_PARITY,
    /** The residents' college was not drawn by lot (volunteers only). */
    RESIDENTS_VOLUNTEERS_ONLY,
    /** Something ends before it starts; details 1 and 2: start and end. */
    END_BEFORE_START,
    /** A body that is not a citizens' council has a composition by college; detail 1: the body's kind. */
    COMPOSITION_NOT_APPLICABLE,

    // ---- engagements ---------------------------------------------------------------------------

    /** An engagement has no signatory. */
    ENGAGEMENT_WITHOUT_SIGNATORY,
    /** A progress is not consistent with the status; detail 1: the status. */
    PROGRESS_STATUS_MISMATCH,
    /** An engagement's parent itself has a parent (one level of nesting only). */
    ENGAGEMENT_NESTING_TOO_DEEP,
    /** Engagements refer to each other in a cycle; detail 1: the cycle. */
    ENGAGEMENT_CYCLE,
    /** A status change that is not allowed; details 1 and 2: from and to. */
    ILLEGAL_STATUS_TRANSITION,
    /** An engagement without a parent has a weight, which only counts in a parent's progress. */
    ENGAGEMENT_WEIGHT_WITHOUT_PARENT,
    /** A child engagement has no weight while other children of its parent have one; detail 1: the parent. */
    ENGAGEMENT_WEIGHT_MISSING,
    /** A milestone lies outside its engagement's start and due dates; details 1 and 2: start and due date. */
    MILESTONE_OUTSIDE_SCHEDULE,

    // ---- indicators ----------------------------------------------------------------------------

    /** An observation has a value although its status or confidentiality says it has none. */
    OBSERVATION_VALUE_UNEXPECTED,
    /** An observation has no value although its status says it has one. */
    OBSERVATION_VALUE_MISSING,
    /** A percentage lies outside 0–100. */
    PERCENT_OUT_OF_RANGE,
    /** An observation's unit is not its indicator's; details 1 and 2: given and expected unit. */
    UNIT_MISMATCH,
    /** A name or code matches no indicator definition. */
    UNKNOWN_INDICATOR,
    /**
     * Two observations share indicator, territory and period; value: the key
     * ({@code indicator@territory@period}), detail 1: the path of the first one.
     */
    DUPLICATE_OBSERVATION,
    /**
     * Observations cannot be compared because they differ in indicator, territory or period;
     * details 1 and 2: the two differing values.
     */
    OBSERVATIONS_NOT_COMPARABLE,

    // ---- catalogue -----------------------------------------------------------------------------

    /** A "Quartier" category names no quarter or district of the referential. */
    CATEGORY_QUARTER_UNRESOLVED,

    // ---- city contract -------------------------------------------------------------------------

    /** Two objects of one kind share an id. */
    DUPLICATE_ID,
    /** A reference names an id that does not exist; detail 1: the kind of object expected. */
    DANGLING_REFERENCE,

    // ---- format plug-ins ----------------------------------------------------------------------

    /** No format adapter fits a file; detail 1: the formats known. */
    UNSUPPORTED_FORMAT,
    /** Two format adapters claim the same name; detail 1: their classes. */
    DUPLICATE_FORMAT,

    // ---- exchange (reading and writing files) --------------------------------------------------

    /** The input is not well-formed for its format; detail 1: what the parser said. */
    MALFORMED_INPUT,
    /** A cell is not a decimal number in French or international notation ({@code 12 940,5}, {@code 12940.5}). */
    INVALID_NUMBER,
    /** A cell is not a whole number ({@code 4 210}), or one too large. */
    INVALID_INTEGER,
    /** A cell is not a yes/no word ({@code oui}, {@code non}, {@code x}, {@code 1}, {@code 0}…). */
    INVALID_BOOLEAN,
    /**
     * Required columns are missing from a table's header; value: the missing columns' canonical
     * names, detail 1: headers that would be recognised.
     */
    MISSING_COLUMN,
    /** A header matches no column of the kind of record read; it is ignored. Detail 1: the kind. */
    UNKNOWN_COLUMN,
    /** Two headers name the same column; the later one is ignored. Detail 1: the canonical column name. */
    DUPLICATE_COLUMN,
    /** A kind of record cannot be read from or written to a table (a whole city contract is JSON only). */
    KIND_NOT_TABULAR,
    /**
     * The kind of records of a file cannot be inferred from its headers (no kind has all its
     * required columns, or two fit equally well); value: the headers. The caller must give the kind.
     */
    KIND_NOT_INFERRED,
    /** The input ends in the middle of a value or holds no value at all. */
    TRUNCATED_INPUT,
    /** The input is not valid UTF-8; detail 1: what the parser said. */
    INVALID_ENCODING,
    /**
     * The input breaks one of the reader's limits; detail 1: the limit (the option's name, such as
     * {@code maxNestingDepth}), detail 2: its value.
     */
    INPUT_LIMIT_EXCEEDED,
    /** There is more input after the end of the document. */
    TRAILING_CONTENT,
    /** A value has the wrong JSON type; details 1 and 2: the expected and the actual type. */
    WRONG_TYPE,
    /** An object has a property its format does not define; value: the property, detail 1: the known ones. */
    UNKNOWN_PROPERTY,
    /** An object has the same property twice; value: the property. */
    DUPLICATE_KEY,
    /**
     * A workbook has no sheet of the requested name or position; value: what was asked, detail 1:
     * the workbook's sheets.
     */
    SHEET_NOT_FOUND,
    /**
     * The sheet to read holds no cell at all, or no visible sheet of a workbook does; value: the
     * sheet's name (empty when none was named), detail 1: the workbook's sheets.
     */
    EMPTY_SHEET,
    /** The input is encrypted or protected by a password and cannot be read; detail 1: what the reader said. */
    PROTECTED_INPUT,
    /**
     * A spreadsheet cell shows an error instead of a value ({@code #DIV/0!}, {@code #N/A},
     * {@code #REF!}…), usually a formula that failed; value: the error.
     */
    CELL_ERROR;

    private static final String BUNDLE = "org.politiqueville.core.validation.messages";

    /**
     * The message template key in the bundle.
     *
     * @return the key, the constant's name
     */
    public String messageKey() {
        return name();
    }

    /**
     * Renders this code's message. The value and each detail are echoed at most
     * {@value Problem#MAX_ECHOED_LENGTH} characters long (see {@link Problem#bounded(String)}).
     *
     * @param locale  the caller's locale: French for any French locale, English otherwise
     * @param value   the rejected value, may be null
     * @param details further arguments, not null
     * @return the message, not null
     */
    public String message(Locale locale, String value, List<String> details) {
        Locale language = isFrench(locale) ? Locale.FRENCH : Locale.ENGLISH;
        Object[] arguments = new Object[details.size() + 1];
        // One place bounds what every message echoes, whoever built it (a problem, an exception).
        arguments[0] = value == null ? "" : Problem.bounded(value);
        for (int i = 0; i < details.size(); i++) {
            arguments[i + 1] = Problem.bounded(details.get(i));
        }
        return new MessageFormat(template(language), language).format(arguments);
    }

    private String template(Locale language) {
        try {
            // Locale.ROOT for English: the base bundle is English, and this avoids falling back to
            // the JVM's default locale when it happens to be French.
            return ResourceBundle.getBundle(BUNDLE, isFrench(language) ? Locale.FRENCH : Locale.ROOT)
                    .getString(messageKey());
        } catch (MissingResourceException e) {
            return name() + " {0}";
        }
    }

    private static boolean isFrench(Locale locale) {
        return "fr".equals(locale.getLanguage());
    }
}
