package org.politiqueville.csv.internal;

import java.util.regex.Pattern;

/**
 * Protects cells that a spreadsheet would run as a formula (CSV injection, OWASP), by prefixing
 * them with an apostrophe, which spreadsheets read as "this is text".
 *
 * <p>The rule: a cell whose first character is {@code =}, {@code +}, {@code -}, {@code @}, a tab or
 * a carriage return gets a leading {@code '}, unless the whole cell is a plain number: an optional
 * sign, ASCII digits (optionally grouped by three with a space, a no-break space or a narrow no-break
 * space) and an optional decimal part after {@code .} or {@code ,}, such as {@code -250},
 * {@code +3,5}, {@code -1 200.75}. A plain number cannot call anything, and prefixing it would turn
 * it into text.
 *
 * <p>{@link #protect(String)} is idempotent: a cell already starting with an apostrophe is left
 * alone. {@link #guard(String)} and {@link #unguard(String)} are its reversible form, for files
 * that are read back: a cell made of apostrophes followed by a cell that needs protection gets one
 * more apostrophe, so that removing exactly one on reading gives back the original cell.
 */
public final class FormulaGuard {

    private static final String TRIGGERS = "=+-@\t\r";

    private static final Pattern PLAIN_NUMBER = Pattern.compile(
            "[+-]?(?:\\d+|\\d{1,3}(?:[ \u00A0\u202F]\\d{3})+)(?:[.,]\\d+)?|[+-]?[.,]\\d+");

    private FormulaGuard() {
    }

    /**
     * The cell as it is safe to write for a spreadsheet.
     *
     * @param cell the cell, not null
     * @return the cell, or the cell with a leading apostrophe if a spreadsheet could run it
     */
    public static String protect(String cell) {
        return needsProtection(cell) ? "'" + cell : cell;
    }

    /**
     * The cell as it is safe to write for a spreadsheet and read back with {@link #unguard(String)}:
     * as {@link #protect(String)}, and a cell that {@code unguard} would change (apostrophes before
     * a cell that needs protection) gets one more apostrophe.
     *
     * @param cell the cell, not null
     * @return the cell, or the cell with a leading apostrophe
     */
    public static String guard(String cell) {
        return isGuarded(cell) ? "'" + cell : cell;
    }

    /**
     * The cell {@link #guard(String)} wrote: without its leading apostrophe if it has one that
     * {@code guard} added.
     *
     * @param cell the cell as read, not null
     * @return the original cell
     */
    public static String unguard(String cell) {
        return cell.length() > 1 && cell.charAt(0) == '\'' && isGuarded(cell.substring(1)) ? cell.substring(1) : cell;
    }

    private static boolean needsProtection(String cell) {
        return !cell.isEmpty() && TRIGGERS.indexOf(cell.charAt(0)) >= 0 && !PLAIN_NUMBER.matcher(cell).matches();
    }

    /** Whether the cell is zero or more apostrophes followed by a cell that needs protection. */
    private static boolean isGuarded(String cell) {
        int start = 0;
        while (start < cell.length() && cell.charAt(start) == '\'') {
            start++;
        }
        return needsProtection(cell.substring(start));
    }
}
