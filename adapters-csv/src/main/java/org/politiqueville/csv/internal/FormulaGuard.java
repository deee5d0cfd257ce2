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
        if (cell.isEmpty() || TRIGGERS.indexOf(cell.charAt(0)) < 0 || PLAIN_NUMBER.matcher(cell).matches()) {
            return cell;
        }
        return "'" + cell;
    }
}
