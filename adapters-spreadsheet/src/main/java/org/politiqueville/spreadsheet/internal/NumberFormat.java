package org.politiqueville.spreadsheet.internal;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a spreadsheet number format ({@code dd/mm/yyyy}, {@code 0.00}, {@code 0%}, {@code 00000})
 * says about the value it displays, as far as a reader of the sheet cares: how much of a date is
 * shown, whether a number is a percentage, how many zeros pad a code, how many decimals are shown.
 *
 * <p>Only the first section (positive numbers) counts; quoted text, escaped characters, colours and
 * conditions in brackets, and spacing directives are ignored.
 */
public final class NumberFormat {

    /** How much of a date a format shows. */
    public enum DatePart {
        /** Day, month and year (also when the format is not understood). */
        DAY,
        /** Month and year, such as {@code mm/yyyy} or {@code mmm yy}. */
        MONTH,
        /** The year alone. */
        YEAR,
        /** A time of day without a date. */
        TIME
    }

    private static final NumberFormat GENERAL = new NumberFormat("");
    /** Workbooks use a handful of formats: analysed once each, up to this many. */
    private static final int CACHE_SIZE = 1024;
    private static final Map<String, NumberFormat> CACHE = new ConcurrentHashMap<>();

    private final String tokens;

    private NumberFormat(String tokens) {
        this.tokens = tokens;
    }

    /**
     * Analyses a format.
     *
     * @param format the format code, or null
     * @return the analysis, not null
     */
    public static NumberFormat of(String format) {
        if (format == null || format.isEmpty()) {
            return GENERAL;
        }
        NumberFormat known = CACHE.get(format);
        if (known != null) {
            return known;
        }
        NumberFormat analysed = analyse(format);
        if (CACHE.size() < CACHE_SIZE) {
            CACHE.put(format, analysed);
        }
        return analysed;
    }

    private static NumberFormat analyse(String format) {
        StringBuilder kept = new StringBuilder();
        boolean quoted = false;
        int bracket = 0;
        for (int i = 0; i < format.length(); i++) {
            char c = format.charAt(i);
            if (quoted) {
                quoted = c != '"';
            } else if (c == '"') {
                quoted = true;
            } else if (c == '[') {
                bracket++;
            } else if (c == ']' && bracket > 0) {
                bracket--;
            } else if (bracket > 0) {
                continue;
            } else if (c == '\\' || c == '_' || c == '*') {
                i++;
            } else if (c == ';') {
                break;
            } else {
                kept.append(Character.toLowerCase(c));
            }
        }
        return new NumberFormat(kept.toString().strip());
    }

    /**
     * How much of a date the format shows.
     *
     * @return the part, {@link DatePart#DAY} when unsure
     */
    public DatePart datePart() {
        boolean day = tokens.indexOf('d') >= 0;
        boolean year = tokens.indexOf('y') >= 0;
        boolean month = false;
        boolean time = tokens.indexOf('h') >= 0 || tokens.indexOf('s') >= 0;
        for (int i = 0; i < tokens.length(); i++) {
            if (tokens.charAt(i) == 'm' && !isMinute(i)) {
                month = true;
            }
        }
        if (day) {
            return DatePart.DAY;
        }
        if (month) {
            return DatePart.MONTH;
        }
        if (year) {
            return DatePart.YEAR;
        }
        return time ? DatePart.TIME : DatePart.DAY;
    }

    /** An {@code m} is minutes right after hours or right before seconds, as spreadsheets read it. */
    private boolean isMinute(int at) {
        int before = at - 1;
        while (before >= 0 && (tokens.charAt(before) == 'm' || !Character.isLetter(tokens.charAt(before)))) {
            before--;
        }
        int after = at + 1;
        while (after < tokens.length() && (tokens.charAt(after) == 'm' || !Character.isLetter(tokens.charAt(after)))) {
            after++;
        }
        return (before >= 0 && tokens.charAt(before) == 'h') || (after < tokens.length() && tokens.charAt(after) == 's');
    }

    /**
     * Whether the format shows the value as a percentage (the value 0.25 shown as 25 %).
     *
     * @return true for a percentage
     */
    public boolean isPercent() {
        return tokens.indexOf('%') >= 0;
    }

    /**
     * The width of a code padded with zeros, such as 5 for {@code 00000} (an INSEE code stored as
     * a number).
     *
     * @return the width, or 0 if the format is not made only of zeros (at least two)
     */
    public int zeroPadding() {
        return tokens.length() >= 2 && tokens.chars().allMatch(c -> c == '0') ? tokens.length() : 0;
    }

    /**
     * The number of decimals always shown: 2 for {@code 0.00} or {@code # ##0,00} written with a
     * point, 1 for {@code 0.0#}.
     *
     * @return the count, 0 if none
     */
    public int decimals() {
        int point = tokens.indexOf('.');
        if (point < 0) {
            return 0;
        }
        int count = 0;
        for (int i = point + 1; i < tokens.length() && tokens.charAt(i) == '0'; i++) {
            count++;
        }
        return count;
    }

    @Override
    public String toString() {
        return tokens.toUpperCase(Locale.ROOT);
    }
}
