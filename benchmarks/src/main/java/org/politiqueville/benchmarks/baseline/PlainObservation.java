package org.politiqueville.benchmarks.baseline;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

/**
 * An observation as the "obvious" pipeline a user writes by hand holds it: plain typed fields
 * with Bean Validation annotations, no name resolution, no referential. Also the plain record
 * that raw Jackson databind reads and writes in the JSON baselines.
 *
 * @param territory the territory's name as written, not blank
 * @param code      the territory's code, may be null
 * @param indicator the indicator's name or code as written, not blank
 * @param year      the first year of the period
 * @param value     the value, null for a marker
 * @param marker    the statistical marker, null for a value
 * @param unit      the unit as written, may be null
 * @param status    the status as written, may be null
 * @param source    the source, may be null
 */
public record PlainObservation(
        @NotBlank @Size(max = 200) String territory,
        @Pattern(regexp = "[0-9A-Z]{5,9}") String code,
        @NotBlank @Size(max = 200) String indicator,
        @NotNull @Min(1900) @Max(2100) Integer year,
        @DecimalMin("0") @DecimalMax("1000000000") BigDecimal value,
        @Pattern(regexp = "s|secret|nd|n\\.d\\.|ns|so|") String marker,
        @Size(max = 20) String unit,
        @Size(max = 20) String status,
        @Size(max = 200) String source) {

    private static final List<String> MARKERS = List.of("s", "secret", "nd", "n.d.", "ns", "so", "");

    /**
     * Converts the cells of a row the way a hand-written importer does: the period's first four
     * digits, the value with its spaces, percent sign and decimal comma removed, or a marker.
     *
     * @param cells   the cells, in the generator's column order
     * @param openData whether the row has the open-data columns (a code first)
     * @return the record, or null if a cell does not convert (the row is rejected)
     */
    public static PlainObservation of(List<String> cells, boolean openData) {
        int at = openData ? 1 : 0;
        if (cells.size() < at + 7) {
            return null;
        }
        String period = cells.get(at + 2);
        if (period.length() < 4) {
            return null;
        }
        Integer year;
        BigDecimal value = null;
        String marker = null;
        try {
            year = Integer.valueOf(period.substring(0, 4));
            String cell = cells.get(at + 3);
            if (MARKERS.contains(cell)) {
                marker = cell;
            } else {
                value = decimal(cell);
            }
        } catch (NumberFormatException e) {
            return null;
        }
        return new PlainObservation(cells.get(at), openData ? cells.get(0) : null, cells.get(at + 1), year, value, marker,
                empty(cells.get(at + 4)), empty(cells.get(at + 5)), empty(cells.get(at + 6)));
    }

    private static BigDecimal decimal(String cell) {
        StringBuilder digits = new StringBuilder(cell.length());
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (c == ',') {
                digits.append('.');
            } else if (c != ' ' && c != '\u00A0' && c != '%') {
                digits.append(c);
            }
        }
        return new BigDecimal(digits.toString());
    }

    private static String empty(String cell) {
        return cell.isEmpty() ? null : cell;
    }

    /**
     * The checks of the annotations, written by hand: what a user writes instead of Bean
     * Validation when it is too slow.
     *
     * @return true if every annotation holds
     */
    public boolean isValid() {
        return !territory.isBlank() && territory.length() <= 200 && !indicator.isBlank() && indicator.length() <= 200
                && year != null && year >= 1900 && year <= 2100
                && (value == null || (value.signum() >= 0 && value.compareTo(BigDecimal.valueOf(1_000_000_000)) <= 0))
                && (marker == null || MARKERS.contains(marker))
                && (unit == null || unit.length() <= 20) && (status == null || status.length() <= 20)
                && (source == null || source.length() <= 200) && (code == null || validCode(code));
    }

    private static boolean validCode(String code) {
        if (code.length() < 5 || code.length() > 9) {
            return false;
        }
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (!(c >= '0' && c <= '9') && !(c >= 'A' && c <= 'Z')) {
                return false;
            }
        }
        return true;
    }
}
