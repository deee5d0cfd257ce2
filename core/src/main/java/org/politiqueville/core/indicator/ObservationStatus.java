package org.politiqueville.core.indicator;

import java.util.Objects;
import org.politiqueville.core.validation.InvalidValueException;
import org.politiqueville.core.validation.ProblemCode;

/**
 * The status of an observed value, a subset of the SDMX code list {@code CL_OBS_STATUS}.
 *
 * <p>Kept apart from {@link Confidentiality}, as SDMX does: a normal value may be confidential. The
 * markers of INSEE files map as {@code nd} (not available) → {@link #MISSING}, {@code ns} →
 * {@link #NOT_SIGNIFICANT}, {@code so} (sans objet) → {@link #NOT_APPLICABLE}; {@code s} (statistical
 * secrecy) is not a status but {@link Confidentiality#CONFIDENTIAL}.
 */
public enum ObservationStatus {
    /** A normal value; SDMX {@code A}. */
    NORMAL("A", true),
    /** An estimated value; SDMX {@code E}. */
    ESTIMATED("E", true),
    /** A provisional value; SDMX {@code P}. */
    PROVISIONAL("P", true),
    /** No value, although one could exist (INSEE {@code nd}); SDMX {@code O}, "missing value". */
    MISSING("O", false),
    /**
     * No value because it would not be significant (INSEE {@code ns}, too few people or households);
     * SDMX {@code N}, "not significant".
     */
    NOT_SIGNIFICANT("N", false),
    /** No value because none can exist (INSEE {@code so}); SDMX {@code M}, "missing value; data cannot exist". */
    NOT_APPLICABLE("M", false);

    private final String sdmxCode;
    private final boolean withValue;

    ObservationStatus(String sdmxCode, boolean withValue) {
        this.sdmxCode = sdmxCode;
        this.withValue = withValue;
    }

    /**
     * The code of this status in SDMX {@code CL_OBS_STATUS}.
     *
     * @return the one-letter code, not null
     */
    public String sdmxCode() {
        return sdmxCode;
    }

    /**
     * Whether an observation of this status has a value (unless it is confidential).
     *
     * @return true for {@link #NORMAL}, {@link #ESTIMATED} and {@link #PROVISIONAL}
     */
    public boolean hasValue() {
        return withValue;
    }

    /**
     * The status with the given SDMX code.
     *
     * @param code the one-letter code, not null
     * @return the status, not null
     * @throws InvalidValueException with {@link ProblemCode#INVALID_FORMAT} if no status of this enum
     *                               has that code
     */
    public static ObservationStatus ofSdmxCode(String code) {
        Objects.requireNonNull(code, "code");
        for (ObservationStatus status : values()) {
            if (status.sdmxCode.equals(code.strip())) {
                return status;
            }
        }
        throw new InvalidValueException(ProblemCode.INVALID_FORMAT, code, "A, E, P, O, N or M");
    }
}
