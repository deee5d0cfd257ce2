package org.politiqueville.csv;

import org.politiqueville.core.validation.InvalidValueException;
import org.politiqueville.core.validation.ProblemCode;

/**
 * The input limits of the CSV reader, so that a hostile or broken file cannot exhaust memory: a
 * record with more fields, or more characters (all its fields together, a single cell included),
 * is malformed input ({@link CsvFormatException} naming its line).
 *
 * <p>The defaults ({@link #DEFAULTS}) are {@value #DEFAULT_MAX_FIELDS} fields and
 * {@value #DEFAULT_MAX_RECORD_CHARS} characters (16 Mi) per record. A reader holds one record at a
 * time, so its memory stays around twice {@code maxRecordChars} characters whatever the size of the
 * file.
 *
 * @param maxFields      the most fields a record may have, at least 1
 * @param maxRecordChars the most characters a record may have, at least 1,024
 */
public record CsvLimits(int maxFields, int maxRecordChars) {

    /** The default {@code maxFields}. */
    public static final int DEFAULT_MAX_FIELDS = 16_384;

    /** The default {@code maxRecordChars}: 16 Mi characters. */
    public static final int DEFAULT_MAX_RECORD_CHARS = 16 * 1024 * 1024;

    /** The default limits. */
    public static final CsvLimits DEFAULTS = new CsvLimits(DEFAULT_MAX_FIELDS, DEFAULT_MAX_RECORD_CHARS);

    /**
     * Checks the limits.
     *
     * @param maxFields      the most fields a record may have, at least 1
     * @param maxRecordChars the most characters a record may have, at least 1,024
     * @throws InvalidValueException ({@link ProblemCode#OUT_OF_RANGE}) if a limit is too low
     */
    public CsvLimits {
        if (maxFields < 1) {
            throw new InvalidValueException(ProblemCode.OUT_OF_RANGE, String.valueOf(maxFields), "≥ 1");
        }
        if (maxRecordChars < 1024) {
            throw new InvalidValueException(ProblemCode.OUT_OF_RANGE, String.valueOf(maxRecordChars), "≥ 1024");
        }
    }

    /**
     * These limits with another field count.
     *
     * @param value the most fields a record may have, at least 1
     * @return the changed copy, not null
     * @throws InvalidValueException ({@link ProblemCode#OUT_OF_RANGE}) if the value is too low
     */
    public CsvLimits withMaxFields(int value) {
        return new CsvLimits(value, maxRecordChars);
    }

    /**
     * These limits with another record size.
     *
     * @param value the most characters a record may have, at least 1,024
     * @return the changed copy, not null
     * @throws InvalidValueException ({@link ProblemCode#OUT_OF_RANGE}) if the value is too low
     */
    public CsvLimits withMaxRecordChars(int value) {
        return new CsvLimits(maxFields, value);
    }
}
