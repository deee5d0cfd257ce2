package org.politiqueville.json.internal;

import java.math.BigDecimal;
import java.math.BigInteger;

import org.politiqueville.core.id.Period;
import org.politiqueville.core.indicator.Confidentiality;
import org.politiqueville.core.indicator.Observation;
import org.politiqueville.core.indicator.ObservationStatus;
import org.politiqueville.core.indicator.Unit;
import org.politiqueville.core.territory.TerritoryRef;
import org.politiqueville.core.validation.InvalidValueException;

/**
 * Reads {@link Observation}s straight from the token stream, accepting exactly what
 * {@link Codecs#OBSERVATION} reads without a problem; anything else goes back to the codec.
 */
final class ObservationStream extends ElementStream<Observation> {

    private static final int INDICATOR = 1;
    private static final int TERRITORY = 1 << 1;
    private static final int PERIOD = 1 << 2;
    private static final int VALUE = 1 << 3;
    private static final int UNIT = 1 << 4;
    private static final int STATUS = 1 << 5;
    private static final int CONFIDENTIALITY = 1 << 6;
    private static final int SOURCE = 1 << 7;

    private static final Unit[] UNITS = Unit.values();
    private static final ObservationStatus[] STATUSES = ObservationStatus.values();
    private static final Confidentiality[] CONFIDENTIALITIES = Confidentiality.values();

    private int seen;
    private String indicator;
    private TerritoryRef territory;
    private Period period;
    private BigDecimal value;
    private Unit unit;
    private ObservationStatus status;
    private Confidentiality confidentiality;
    private String source;

    // A file holds few periods: each text is parsed once, then found in a small table by its hash.
    private static final int PERIOD_SLOTS = 32;
    private final String[] periodTexts = new String[PERIOD_SLOTS];
    private final Period[] periods = new Period[PERIOD_SLOTS];

    ObservationStream(String source, boolean strict) {
        super(source, strict);
    }

    @Override
    protected void begin() {
        seen = 0;
        indicator = null;
        territory = null;
        period = null;
        value = null;
        unit = null;
        status = null;
        confidentiality = null;
        source = null;
    }

    /** Marks a property as seen; false if it was already. */
    private boolean first(int property) {
        if ((seen & property) != 0) {
            return false;
        }
        seen |= property;
        return true;
    }

    @Override
    protected boolean acceptNull(String name) {
        return switch (name) {
            case "value" -> first(VALUE);
            case "unit" -> first(UNIT);
            case "status" -> first(STATUS);
            case "confidentiality" -> first(CONFIDENTIALITY);
            case "source" -> first(SOURCE);
            // indicator, territory and period are required; other names are unknown.
            default -> false;
        };
    }

    @Override
    protected boolean accept(String name, Object json) {
        switch (name) {
            case "indicator":
                if (!first(INDICATOR) || !(json instanceof String text) || text.isBlank()) {
                    return false;
                }
                indicator = text;
                return true;
            case "territory":
                if (!first(TERRITORY) || !(json instanceof String text)) {
                    return false;
                }
                try {
                    territory = TerritoryRef.parse(text);
                    return true;
                } catch (InvalidValueException e) {
                    return false;
                }
            case "period":
                if (!first(PERIOD) || !(json instanceof String text)) {
                    return false;
                }
                int slot = text.hashCode() & (PERIOD_SLOTS - 1);
                if (!text.equals(periodTexts[slot])) {
                    try {
                        periods[slot] = Period.parse(text);
                    } catch (InvalidValueException e) {
                        return false;
                    }
                    periodTexts[slot] = text;
                }
                period = periods[slot];
                return true;
            case "value":
                return first(VALUE) && json instanceof Number number && decimal(number);
            case "unit":
                return first(UNIT) && json instanceof String text && (unit = constant(UNITS, text)) != null;
            case "status":
                return first(STATUS) && json instanceof String text && (status = constant(STATUSES, text)) != null;
            case "confidentiality":
                return first(CONFIDENTIALITY) && json instanceof String text
                        && (confidentiality = constant(CONFIDENTIALITIES, text)) != null;
            case "source":
                if (!first(SOURCE) || !(json instanceof String text)) {
                    return false;
                }
                source = text;
                return true;
            default:
                return false;
        }
    }

    /** The value as {@link ObjectFields#optionalDecimal} reads it; false where it reports a problem. */
    private boolean decimal(Number number) {
        BigDecimal decimal;
        if (number instanceof BigDecimal exact) {
            decimal = exact;
        } else if (number instanceof BigInteger whole) {
            decimal = new BigDecimal(whole);
        } else {
            decimal = BigDecimal.valueOf(number.longValue());
        }
        if (decimal.precision() - decimal.scale() > ObjectFields.MAX_DECIMAL_DIGITS
                || decimal.scale() > ObjectFields.MAX_DECIMAL_DIGITS) {
            return false;
        }
        value = decimal;
        return true;
    }

    private static <E extends Enum<E>> E constant(E[] constants, String text) {
        for (E constant : constants) {
            if (constant.name().equals(text)) {
                return constant;
            }
        }
        return null;
    }

    @Override
    protected Observation build() {
        if (indicator == null || territory == null || period == null) {
            return null;
        }
        try {
            return new Observation(indicator, territory, period, value, unit,
                    status == null ? ObservationStatus.NORMAL : status,
                    confidentiality == null ? Confidentiality.FREE : confidentiality, source);
        } catch (InvalidValueException e) {
            return null;
        }
    }
}
