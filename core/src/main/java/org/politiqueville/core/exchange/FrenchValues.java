package org.politiqueville.core.exchange;

import java.math.BigDecimal;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.politiqueville.core.id.Period;
import org.politiqueville.core.id.ReducedDate;
import org.politiqueville.core.text.NameKey;
import org.politiqueville.core.validation.InvalidValueException;
import org.politiqueville.core.validation.ProblemCode;

/**
 * Reads the values of cells as French spreadsheets write them: decimal commas and thousands
 * spaces, {@code dd/MM/yyyy} dates, {@code oui}/{@code non}, statistical markers instead of values,
 * lists in one cell, quarter status words.
 *
 * <p>Every method also reads the international form (decimal point, ISO 8601 dates), so one file
 * may mix both. Nothing is ever guessed: a two-digit year or a number whose separators could mean
 * two things is rejected with an {@link InvalidValueException} whose code says why. Surrounding
 * whitespace, including the no-break spaces U+00A0 and U+202F, is ignored everywhere.
 *
 * <p>An empty cell is "no value": the parsers reject it, so callers test {@link #isBlank} or
 * {@link #marker} first. The parsers are the hot path of every import: they scan the text once,
 * without regular expressions, and throw only for invalid input. All methods are static and
 * thread-safe.
 */
public final class FrenchValues {

    /** Characters of a number that cannot hold more than 18 digits: its value fits in a {@code long}. */
    private static final int MAX_LONG_DIGITS = 18;
    private static final char NO_BREAK_SPACE = '\u00A0';
    private static final char NARROW_NO_BREAK_SPACE = '\u202F';
    private static final char FIGURE_SPACE = '\u2007';
    private static final char MINUS_SIGN = '\u2212';

    private static final BigDecimal LONG_MIN = BigDecimal.valueOf(Long.MIN_VALUE);
    private static final BigDecimal LONG_MAX = BigDecimal.valueOf(Long.MAX_VALUE);
    private static final Map<String, Boolean> BOOLEANS = booleans();
    private static final Map<String, StatisticalMarker> MARKERS = markers();
    private static final Set<String> PRIORITY_WORDS = Set.of("qpv", "qp", "prioritaire", "quartierprioritaire",
            "quartierprioritairedelapolitiquedelaville", "priority", "priorityquarter");
    private static final Set<String> WATCH_WORDS = Set.of("veille", "quartierdeveille", "veilleactive",
            "quartierdeveilleactive", "qva", "decrochage", "endecrochage", "quartierendecrochage", "watch",
            "watchquarter");

    private FrenchValues() {
    }

    // ---- numbers ---------------------------------------------------------------------------------

    /**
     * Reads a decimal number written the French or the international way.
     *
     * <p>Accepted: a decimal comma or point ({@code 48,2}, {@code 48.2}); thousands separated by
     * spaces, U+00A0 or U+202F ({@code 12 940,5}), or by points when a comma is the decimal
     * separator ({@code 1.234,5}), in groups of three digits; a leading {@code +}, {@code -} or
     * U+2212 {@code −}; one percent or currency sign ({@code %}, {@code €}, {@code EUR}) before or
     * after the number, with or without a space. The scale is kept ({@code 124,0} is {@code 124.0})
     * and a percent sign does not divide by 100 ({@code 41,7 %} is {@code 41.7}).
     *
     * <p>Rejected: several commas ({@code 12,3,4}), several points without a comma
     * ({@code 1.2.3}, {@code 1.234.567}: French files never group with points alone), commas as
     * thousands separators ({@code 1,234.5}), badly sized groups ({@code 12 34}), a missing digit
     * on either side of the decimal separator ({@code ,5}, {@code 12,}), exponents ({@code 1e5},
     * {@code 1,2E+05}: a cell formatted as scientific has lost digits), markers ({@code s},
     * {@code nd}) and the empty string. A single point is always a decimal point: {@code 1.234} is
     * 1.234, never 1234.
     *
     * @param text the cell, not null
     * @return the number, not null
     * @throws InvalidValueException with {@link ProblemCode#INVALID_NUMBER} if the text is not such a number
     */
    public static BigDecimal parseDecimal(CharSequence text) {
        Objects.requireNonNull(text, "text");
        BigDecimal value = decimalOrNull(text);
        if (value == null) {
            throw new InvalidValueException(ProblemCode.INVALID_NUMBER, trim(text));
        }
        return value;
    }

    /**
     * Whether a text is a number as {@link #parseDecimal(CharSequence)} reads it.
     *
     * @param text the text, may be null
     * @return true if {@code parseDecimal} would accept it
     */
    public static boolean isDecimal(CharSequence text) {
        return text != null && decimalOrNull(text) != null;
    }

    /**
     * Reads a whole number such as a population ({@code 4 210}, {@code -250}, {@code 13 310 €}),
     * with the forms {@link #parseDecimal(CharSequence)} accepts. A decimal part made only of zeros
     * ({@code 4 210,00}, as a spreadsheet formatted with decimals writes it) is accepted.
     *
     * @param text the cell, not null
     * @return the number, not null
     * @throws InvalidValueException with {@link ProblemCode#INVALID_INTEGER} if the text is not a
     *                               number, has a non-zero decimal part or does not fit in a {@code long}
     */
    public static long parseInteger(CharSequence text) {
        Objects.requireNonNull(text, "text");
        BigDecimal value = decimalOrNull(text);
        if (value != null && (value.scale() <= 0 || value.stripTrailingZeros().scale() <= 0)
                && value.compareTo(LONG_MIN) >= 0 && value.compareTo(LONG_MAX) <= 0) {
            return value.longValue();
        }
        throw new InvalidValueException(ProblemCode.INVALID_INTEGER, trim(text));
    }

    private static BigDecimal decimalOrNull(CharSequence text) {
        int start = skipSpaces(text, 0);
        int end = skipSpacesBack(text, text.length());
        if (start >= end) {
            return null;
        }
        // One unit sign, at either end.
        int unitEnd = unitBefore(text, start, end);
        if (unitEnd >= 0) {
            end = skipSpacesBack(text, unitEnd);
        } else {
            int unitStart = unitAfter(text, start, end);
            if (unitStart >= 0) {
                start = skipSpaces(text, unitStart);
            }
        }
        if (start >= end) {
            return null;
        }
        boolean negative = false;
        char first = text.charAt(start);
        if (first == '+' || first == '-' || first == MINUS_SIGN) {
            negative = first != '+';
            start++;
        }
        if (start >= end) {
            return null;
        }
        return number(text, start, end, negative);
    }

    /** The start of a unit sign ending at {@code end}, or -1. */
    private static int unitBefore(CharSequence text, int start, int end) {
        char last = text.charAt(end - 1);
        if (last == '%' || last == '€') {
            return end - 1;
        }
        if (end - start >= 3 && regionIsEur(text, end - 3)) {
            return end - 3;
        }
        return -1;
    }

    /** The end of a unit sign starting at {@code start}, or -1. */
    private static int unitAfter(CharSequence text, int start, int end) {
        char first = text.charAt(start);
        if (first == '%' || first == '€') {
            return start + 1;
        }
        if (end - start >= 3 && regionIsEur(text, start)) {
            return start + 3;
        }
        return -1;
    }

    private static boolean regionIsEur(CharSequence text, int at) {
        return (text.charAt(at) | 0x20) == 'e' && (text.charAt(at + 1) | 0x20) == 'u' && (text.charAt(at + 2) | 0x20) == 'r';
    }

    /** Reads digits, grouping separators and one decimal separator between {@code start} and {@code end}. */
    private static BigDecimal number(CharSequence text, int start, int end, boolean negative) {
        int commas = 0;
        int points = 0;
        int comma = -1;
        int point = -1;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == ',') {
                commas++;
                comma = i;
            } else if (c == '.') {
                points++;
                point = i;
            }
        }
        int decimal;
        boolean pointsGroup;
        if (commas > 1 || (commas == 0 && points > 1)) {
            return null;
        } else if (commas == 1) {
            decimal = comma;
            pointsGroup = true;
        } else {
            decimal = point;
            pointsGroup = false;
        }
        int integerEnd = decimal < 0 ? end : decimal;
        if (!wellFormed(text, start, end, integerEnd, decimal, pointsGroup)) {
            return null;
        }
        int scale = decimal < 0 ? 0 : end - decimal - 1;
        if (end - start <= MAX_LONG_DIGITS) {
            // Too short to hold more than 18 digits: gathered into an unscaled long rather than
            // parsed again by BigDecimal (same unscaled value and scale, so an equal BigDecimal).
            long unscaled = 0;
            for (int i = start; i < end; i++) {
                char c = text.charAt(i);
                if (c >= '0' && c <= '9') {
                    unscaled = unscaled * 10 + (c - '0');
                }
            }
            return BigDecimal.valueOf(negative ? -unscaled : unscaled, scale);
        }
        char[] digits = new char[end - start + 2];
        int length = 0;
        if (negative) {
            digits[length++] = '-';
        }
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digits[length++] = c;
            } else if (i == decimal) {
                digits[length++] = '.';
            }
        }
        return new BigDecimal(digits, 0, length);
    }

    /**
     * Whether the integer part is grouped correctly (either no separator, or every separator of one
     * family between groups of three digits) and the decimal separator, if any, is followed by
     * digits only, at least one.
     */
    private static boolean wellFormed(CharSequence text, int start, int end, int integerEnd, int decimal,
                                      boolean pointsGroup) {
        int groupDigits = 0;
        int groups = 0;
        char family = 0;
        for (int i = start; i < integerEnd; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                groupDigits++;
                continue;
            }
            char separatorFamily = isGroupSpace(c) ? ' ' : (c == '.' && pointsGroup) ? '.' : 0;
            if (separatorFamily == 0 || (family != 0 && family != separatorFamily)
                    || groupDigits == 0 || groupDigits > 3 || (groups > 0 && groupDigits != 3)) {
                return false;
            }
            family = separatorFamily;
            groups++;
            groupDigits = 0;
        }
        if (groupDigits == 0 || (groups > 0 && groupDigits != 3)) {
            return false;
        }
        if (decimal >= 0) {
            if (decimal + 1 >= end) {
                return false;
            }
            for (int i = decimal + 1; i < end; i++) {
                char c = text.charAt(i);
                if (c < '0' || c > '9') {
                    return false;
                }
            }
        }
        return true;
    }

    // ---- dates and periods ---------------------------------------------------------------------

    /**
     * Reads a date written the French or the ISO way, keeping how much of it is known.
     *
     * <p>Accepted: {@code dd/MM/yyyy} and {@code d/M/yyyy} (a day), {@code MM/yyyy} and
     * {@code M/yyyy} (a month), and the ISO 8601 forms {@code yyyy-MM-dd}, {@code yyyy-MM} and
     * {@code yyyy}. Years always have four digits: {@code 14/03/21} or {@code 21} is rejected, never
     * guessed. A time of day ({@code 14/03/2017 00:00}) is rejected.
     *
     * @param text the cell, not null
     * @return the date, not null
     * @throws InvalidValueException with {@link ProblemCode#DATE_FORMAT} if the form is none of the
     *                               above, or {@link ProblemCode#DATE_INVALID} if the date does not
     *                               exist ({@code 31/02/2021}, {@code 13/2021}, {@code 0000})
     */
    public static ReducedDate parseDate(CharSequence text) {
        Objects.requireNonNull(text, "text");
        int start = skipSpaces(text, 0);
        int end = skipSpacesBack(text, text.length());
        int[] parts = new int[3];
        int[] widths = new int[3];
        char separator = 0;
        int count = 0;
        int value = 0;
        int width = 0;
        for (int i = start; i <= end; i++) {
            char c = i < end ? text.charAt(i) : 0;
            if (c >= '0' && c <= '9') {
                if (width == 4) {
                    throw dateFormat(text);
                }
                value = value * 10 + (c - '0');
                width++;
                continue;
            }
            boolean last = i == end;
            if (width == 0 || count == 3 || !(last || ((c == '/' || c == '-') && (separator == 0 || separator == c)))) {
                throw dateFormat(text);
            }
            parts[count] = value;
            widths[count++] = width;
            value = 0;
            width = 0;
            if (!last) {
                separator = c;
            }
        }
        int year;
        int month = 0;
        int day = 0;
        if (count == 1 && widths[0] == 4) {
            year = parts[0];
        } else if (separator == '-' && widths[0] == 4 && widths[1] == 2 && (count == 2 || widths[2] == 2)) {
            year = parts[0];
            month = parts[1];
            day = count == 3 ? parts[2] : -1;
        } else if (separator == '/' && count == 2 && widths[0] <= 2 && widths[1] == 4) {
            month = parts[0];
            year = parts[1];
            day = -1;
        } else if (separator == '/' && count == 3 && widths[0] <= 2 && widths[1] <= 2 && widths[2] == 4) {
            day = parts[0];
            month = parts[1];
            year = parts[2];
        } else {
            throw dateFormat(text);
        }
        // -1 marks a part that is absent, so that an explicit 0 (00/2021) is told apart and rejected.
        if (year == 0 || (count > 1 && (month < 1 || month > 12 || day == 0
                || day > Year.of(year).atMonth(month).lengthOfMonth()))) {
            throw new InvalidValueException(ProblemCode.DATE_INVALID, trim(text));
        }
        if (count == 1) {
            return ReducedDate.ofYear(year);
        }
        return day < 0 ? ReducedDate.ofMonth(year, month) : new ReducedDate(year, month, day);
    }

    private static InvalidValueException dateFormat(CharSequence text) {
        return new InvalidValueException(ProblemCode.DATE_FORMAT, trim(text));
    }

    /**
     * Reads a period written the ISO or a plain French way.
     *
     * <p>Accepted: everything {@link Period#parse(CharSequence)} reads ({@code 2018},
     * {@code 2015/2020}, {@code 2017-03/2018-06-30}); a range of two four-digit years separated by
     * a dash of any kind ({@code 2015-2020}, {@code 2015 – 2020}) or by the word {@code à}
     * ({@code 2015 à 2020}, {@code de 2015 à 2020}); a single French date ({@code 14/03/2017},
     * {@code 03/2017}) as {@link #parseDate(CharSequence)} reads it, which is a one-date period.
     * Nothing else: {@code 2015-20} or {@code depuis 2015} are rejected.
     *
     * @param text the cell, not null
     * @return the period, not null
     * @throws InvalidValueException with {@link ProblemCode#PERIOD_FORMAT} if the form is wrong,
     *                               {@link ProblemCode#DATE_INVALID} if a date does not exist, or
     *                               {@link ProblemCode#PERIOD_REVERSED} if it ends before it starts
     */
    public static Period parsePeriod(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String trimmed = trim(text);
        Period years = yearRangeOrNull(trimmed);
        if (years != null) {
            return years;
        }
        int slash = trimmed.indexOf('/');
        if (slash == 1 || slash == 2) {
            try {
                ReducedDate date = parseDate(trimmed);
                return Period.of(date, date);
            } catch (InvalidValueException e) {
                throw e.code() == ProblemCode.DATE_FORMAT
                        ? new InvalidValueException(ProblemCode.PERIOD_FORMAT, trimmed) : e;
            }
        }
        return Period.parse(trimmed);
    }

    /** A French range of years such as {@code 2015-2020} or {@code de 2015 à 2020}, or null if not that form. */
    private static Period yearRangeOrNull(String text) {
        int at = 0;
        int length = text.length();
        if (length > 3 && (text.charAt(0) | 0x20) == 'd' && (text.charAt(1) | 0x20) == 'e' && isSpace(text.charAt(2))) {
            at = skipSpaces(text, 3);
        }
        if (!fourDigits(text, at)) {
            return null;
        }
        int startYear = Integer.parseInt(text, at, at + 4, 10);
        at = skipSpaces(text, at + 4);
        if (at >= length) {
            return null;
        }
        char c = text.charAt(at);
        if (c == '-' || c == MINUS_SIGN || c == '\u2010' || c == '\u2011' || c == '\u2012' || c == '\u2013'
                || c == '\u2014') {
            at++;
        } else if ((c == 'à' || c == 'a' || c == 'À' || c == 'A') && at + 1 < length && isSpace(text.charAt(at + 1))) {
            at++;
        } else {
            return null;
        }
        at = skipSpaces(text, at);
        if (!fourDigits(text, at) || at + 4 != length) {
            return null;
        }
        int endYear = Integer.parseInt(text, at, at + 4, 10);
        if (startYear == 0 || endYear == 0) {
            throw new InvalidValueException(ProblemCode.DATE_INVALID, text);
        }
        if (endYear < startYear) {
            throw new InvalidValueException(ProblemCode.PERIOD_REVERSED, text, Integer.toString(startYear),
                    Integer.toString(endYear));
        }
        return Period.ofYears(startYear, endYear);
    }

    private static boolean fourDigits(String text, int at) {
        if (at + 4 > text.length()) {
            return false;
        }
        for (int i = at; i < at + 4; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return at + 4 == text.length() || !Character.isLetterOrDigit(text.charAt(at + 4));
    }

    // ---- booleans, lists, markers, words --------------------------------------------------------

    /**
     * Reads a yes/no cell, ignoring case, accents and punctuation.
     *
     * <p>True: {@code oui}, {@code o}, {@code vrai}, {@code x} (a ticked box), {@code 1},
     * {@code true}, {@code yes}, {@code y}. False: {@code non}, {@code n}, {@code faux}, {@code 0},
     * {@code false}, {@code no}. An empty cell is no value, not false, and is rejected like any
     * other word: test {@link #isBlank(CharSequence)} first.
     *
     * @param text the cell, not null
     * @return the value
     * @throws InvalidValueException with {@link ProblemCode#INVALID_BOOLEAN} if the text is none of these words
     */
    public static boolean parseBoolean(CharSequence text) {
        Objects.requireNonNull(text, "text");
        Boolean value = BOOLEANS.get(key(text));
        if (value == null) {
            throw new InvalidValueException(ProblemCode.INVALID_BOOLEAN, trim(text));
        }
        return value;
    }

    /**
     * Splits a cell holding several values, such as {@code Nantes, Saint-Herblain},
     * {@code 44109|44162} or {@code Nantes ; Rezé}. Items are separated by commas, semicolons,
     * vertical bars or line breaks; they are trimmed (no-break spaces included) and empty ones
     * dropped. A comma therefore never belongs to an item: lists of decimal numbers must use
     * {@code |} or {@code ;}, which this method splits as well but {@code 12,5} would not survive.
     *
     * @param text the cell, not null
     * @return the items in order, unmodifiable, empty for a blank cell
     */
    public static List<String> splitList(CharSequence text) {
        Objects.requireNonNull(text, "text");
        List<String> items = new ArrayList<>(4);
        int length = text.length();
        int from = 0;
        for (int i = 0; i <= length; i++) {
            char c = i < length ? text.charAt(i) : ',';
            if (c == ',' || c == ';' || c == '|' || c == '\n' || c == '\r') {
                int start = skipSpaces(text, from);
                int end = skipSpacesBack(text, i);
                if (start < end) {
                    items.add(text.subSequence(start, end).toString());
                }
                from = i + 1;
            }
        }
        return Collections.unmodifiableList(items);
    }

    /**
     * Whether a cell is empty or holds only whitespace, no-break spaces included.
     *
     * @param text the cell, may be null
     * @return true if null, empty or only whitespace
     */
    public static boolean isBlank(CharSequence text) {
        return text == null || skipSpaces(text, 0) == text.length();
    }

    /**
     * The statistical marker a cell holds instead of a value, if any: {@code s}, {@code secret stat},
     * {@code nd}, {@code n/d}, {@code ns}, {@code so}, {@code faible}, a dash or an empty cell. Case,
     * accents, dots and slashes are ignored; see {@link StatisticalMarker} for every word. A cell
     * with a digit is never a marker.
     *
     * @param text the cell, not null
     * @return the marker, or empty if the cell is not one (it may be a value)
     */
    public static Optional<StatisticalMarker> marker(CharSequence text) {
        Objects.requireNonNull(text, "text");
        boolean onlyDashes = true;
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                return Optional.empty();
            }
            if (!isSpace(c) && !isDash(c)) {
                onlyDashes = false;
            }
        }
        if (onlyDashes) {
            return Optional.of(StatisticalMarker.EMPTY);
        }
        return Optional.ofNullable(MARKERS.get(key(text)));
    }

    /**
     * Whether a word says a quarter is a priority quarter: {@code QPV}, {@code QP},
     * {@code prioritaire}, {@code quartier prioritaire}, {@code priority}; case, accents, spaces and
     * punctuation ignored (as {@link NameKey#compact(CharSequence)} does).
     *
     * @param text the cell, not null
     * @return true for a priority word
     */
    public static boolean isPriorityWord(CharSequence text) {
        Objects.requireNonNull(text, "text");
        return PRIORITY_WORDS.contains(key(text));
    }

    /**
     * Whether a word says a quarter is a watch quarter: {@code veille}, {@code quartier de veille},
     * {@code veille active}, {@code QVA} (quartier de veille active), {@code décrochage},
     * {@code en décrochage}, {@code watch}; case, accents, spaces and punctuation ignored (as
     * {@link NameKey#compact(CharSequence)} does).
     *
     * @param text the cell, not null
     * @return true for a watch word
     */
    public static boolean isWatchWord(CharSequence text) {
        Objects.requireNonNull(text, "text");
        return WATCH_WORDS.contains(key(text));
    }

    // ---- helpers -------------------------------------------------------------------------------

    /**
     * The compact key of a short word: for ASCII text, its letters and digits in lower case, which
     * is what {@link NameKey#compact(CharSequence)} gives, without its normalisation cost.
     */
    private static String key(CharSequence text) {
        int length = text.length();
        StringBuilder key = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c >= 0x80) {
                return NameKey.compact(text).value();
            }
            if (c >= 'A' && c <= 'Z') {
                key.append((char) (c + ('a' - 'A')));
            } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                key.append(c);
            }
        }
        return key.toString();
    }

    private static boolean isSpace(char c) {
        // Printable ASCII first: nearly every character of a cell, and never whitespace.
        if (c > ' ' && c < 0x7F) {
            return false;
        }
        return c == ' ' || c == NO_BREAK_SPACE || c == NARROW_NO_BREAK_SPACE || c == FIGURE_SPACE
                || Character.isWhitespace(c);
    }

    /** Spaces that group thousands; tabs and line breaks never do. */
    private static boolean isGroupSpace(char c) {
        return c == ' ' || c == NO_BREAK_SPACE || c == NARROW_NO_BREAK_SPACE || c == FIGURE_SPACE || c == '\u2009';
    }

    private static boolean isDash(char c) {
        return c == '-' || c == MINUS_SIGN || (c >= '\u2010' && c <= '\u2015');
    }

    private static int skipSpaces(CharSequence text, int from) {
        int i = from;
        while (i < text.length() && isSpace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int skipSpacesBack(CharSequence text, int to) {
        int i = to;
        while (i > 0 && isSpace(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    private static String trim(CharSequence text) {
        int start = skipSpaces(text, 0);
        int end = skipSpacesBack(text, text.length());
        return start >= end ? "" : text.subSequence(start, end).toString();
    }

    private static Map<String, Boolean> booleans() {
        Map<String, Boolean> words = new HashMap<>();
        for (String yes : List.of("oui", "o", "vrai", "x", "1", "true", "yes", "y")) {
            words.put(yes, Boolean.TRUE);
        }
        for (String no : List.of("non", "n", "faux", "0", "false", "no")) {
            words.put(no, Boolean.FALSE);
        }
        return Map.copyOf(words);
    }

    private static Map<String, StatisticalMarker> markers() {
        Map<String, StatisticalMarker> words = new HashMap<>();
        for (String word : List.of("s", "secret", "secretstat", "secretstatistique", "c", "conf", "confidentiel")) {
            words.put(word, StatisticalMarker.SECRET);
        }
        for (String word : List.of("nd", "nondisponible", "indisponible", "na", "nonrenseigne")) {
            words.put(word, StatisticalMarker.NOT_AVAILABLE);
        }
        for (String word : List.of("ns", "nonsignificatif")) {
            words.put(word, StatisticalMarker.NOT_SIGNIFICANT);
        }
        for (String word : List.of("so", "sansobjet", "nonapplicable")) {
            words.put(word, StatisticalMarker.NOT_APPLICABLE);
        }
        for (String word : List.of("faible", "tresfaible")) {
            words.put(word, StatisticalMarker.LOW);
        }
        return Map.copyOf(words);
    }
}
