package org.politiqueville.benchmarks.baseline;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;

/**
 * An observation as plain data, with the same properties in the same order as the politiqueville
 * JSON of an observation: what raw Jackson databind reads and writes in the JSON baselines.
 *
 * @param indicator       the indicator's code
 * @param territory       the territory as {@code kind:id}
 * @param period          the period as text
 * @param value           the value, or null
 * @param unit            the unit's name, or null
 * @param status          the status's name
 * @param confidentiality the confidentiality's name
 * @param source          the source, or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PlainJsonObservation(String indicator, String territory, String period, BigDecimal value, String unit,
                                   String status, String confidentiality, String source) {
}
