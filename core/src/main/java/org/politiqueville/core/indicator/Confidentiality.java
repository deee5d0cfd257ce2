package org.politiqueville.core.indicator;

import java.util.Objects;
import org.politiqueville.core.validation.InvalidValueException;
import org.politiqueville.core.validation.ProblemCode;

/**
 * Whether an observed value may be published, a subset of the SDMX code list {@code CL_CONF_STATUS}.
 *
 * <p>Kept apart from {@link ObservationStatus}: the INSEE marker {@code s} (secret statistique) is a
 * confidential observation whose status is otherwise normal.
 */
public enum Confidentiality {
    /** Free for publication; SDMX {@code F}. */
    FREE("F"),
    /** Covered by statistical secrecy, published without its value; SDMX {@code C}. */
    CONFIDENTIAL("C");

    private final String sdmxCode;

    Confidentiality(String sdmxCode) {
        this.sdmxCode = sdmxCode;
    }

    /**
     * The code of this confidentiality in SDMX {@code CL_CONF_STATUS}.
     *
     * @return the one-letter code, not null
     */
    public String sdmxCode() {
        return sdmxCode;
    }

    /**
     * The confidentiality with the given SDMX code.
     *
     * @param code the one-letter code, not null
     * @return the confidentiality, not null
     * @throws InvalidValueException with {@link ProblemCode#INVALID_FORMAT} if the code is neither
     *                               {@code F} nor {@code C}
     */
    public static Confidentiality ofSdmxCode(String code) {
        Objects.requireNonNull(code, "code");
        for (Confidentiality confidentiality : values()) {
            if (confidentiality.sdmxCode.equals(code.strip())) {
                return confidentiality;
            }
        }
        throw new InvalidValueException(ProblemCode.INVALID_FORMAT, code, "F or C");
    }
}
