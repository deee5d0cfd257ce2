package org.politiqueville.spreadsheet.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Gives the cells a mapper formats (in {@link org.politiqueville.core.exchange.CellStyle#ISO}) the
 * type a spreadsheet shows them with: the columns of counts and measures hold numbers, the columns
 * of dates hold dates when the date is known to the day; everything else, codes included
 * ({@code 01053}, {@code QN04401M}), is text. A value that does not fit its column's type (a
 * statistical marker {@code s} in a value column, a month {@code 2017-03} in a date column) stays
 * text.
 */
public final class TypedCells {

    private static final Set<String> NUMBERS = Set.of("population", "populationYear", "value", "residents",
            "residentWomen", "residentMen", "localActors", "progress", "weight");
    private static final Set<String> DATES = Set.of("startDate", "endDate");
    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?[0-9]{1,15}(\\.[0-9]{1,15})?");
    private static final Pattern ISO_DAY = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

    private TypedCells() {
    }

    /**
     * The typed cells of a row.
     *
     * @param columns the canonical column names, not null
     * @param cells   the cells as the mapper formats them, in the same order, not null
     * @return the typed cells, not null
     */
    public static List<CellValue> of(List<String> columns, List<String> cells) {
        List<CellValue> typed = new ArrayList<>(cells.size());
        for (int i = 0; i < cells.size(); i++) {
            typed.add(cell(i < columns.size() ? columns.get(i) : "", cells.get(i)));
        }
        return typed;
    }

    private static CellValue cell(String column, String text) {
        if (text.isEmpty()) {
            return CellValue.BLANK;
        }
        if (NUMBERS.contains(column) && PLAIN_NUMBER.matcher(text).matches()) {
            return CellValue.number(new BigDecimal(text), null);
        }
        if (DATES.contains(column) && ISO_DAY.matcher(text).matches()) {
            try {
                return CellValue.date(LocalDate.parse(text).atStartOfDay(), null);
            } catch (DateTimeParseException notADate) {
                return CellValue.text(text);
            }
        }
        return new CellValue(CellValue.Type.TEXT, text, null, null, "");
    }

    /**
     * Header cells: text.
     *
     * @param columns the canonical column names, not null
     * @return the cells, not null
     */
    public static List<CellValue> header(List<String> columns) {
        return columns.stream().map(CellValue::text).toList();
    }
}
