package org.politiqueville.core.exchange;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.politiqueville.core.validation.InvalidValueException;
import org.politiqueville.core.validation.ProblemCode;

/**
 * What the records of a file are: one kind per file, such as a list of quarters or a table of
 * observations.
 *
 * <p>Each kind has a stable lower-case {@linkplain #id() id} ({@code quarters}, {@code observations}…)
 * used in command-line options ({@code --kind quarters}), file names and reports;
 * {@link #parse(CharSequence)} reads it back. Every kind but {@link #CONTRACT} is
 * {@linkplain #isTabular() tabular}: its records are rows whose columns {@link HeaderMapping} knows.
 */
public enum RecordKind {

    /** Quarters: priority quarters (QPV) and watch quarters, with their codes and communes. */
    QUARTERS("quarters"),
    /** Communes, with their INSEE codes. */
    COMMUNES("communes"),
    /** Governance bodies: citizens' councils, steering committees, associations' collectives. */
    BODIES("bodies"),
    /** Operational engagements of a city contract, with their status and progress. */
    ENGAGEMENTS("engagements"),
    /** Indicator definitions: name, unit, source. */
    INDICATORS("indicators"),
    /** Observations: the value of an indicator for a territory and a period. */
    OBSERVATIONS("observations"),
    /** Documents of a catalogue, with their categories, period and link. */
    DOCUMENTS("documents"),
    /** A whole city contract with everything it holds; JSON only, never a table. */
    CONTRACT("contract");

    private static final Map<String, RecordKind> BY_ID =
            Stream.of(values()).collect(Collectors.toUnmodifiableMap(RecordKind::id, Function.identity()));

    private final String id;

    RecordKind(String id) {
        this.id = id;
    }

    /**
     * The stable lower-case name of this kind, such as {@code quarters}.
     *
     * @return the id, not null
     */
    public String id() {
        return id;
    }

    /**
     * Whether records of this kind are rows of a table (CSV, spreadsheet).
     *
     * @return false for {@link #CONTRACT} only
     */
    public boolean isTabular() {
        return this != CONTRACT;
    }

    /**
     * Reads a kind from its {@linkplain #id() id}, ignoring case and surrounding whitespace.
     *
     * @param text the text, such as {@code quarters} or {@code OBSERVATIONS}, not null
     * @return the kind, not null
     * @throws InvalidValueException with {@link ProblemCode#INVALID_FORMAT} if no kind has that id
     */
    public static RecordKind parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String trimmed = text.toString().strip();
        RecordKind kind = BY_ID.get(trimmed.toLowerCase(Locale.ROOT));
        if (kind == null) {
            throw new InvalidValueException(ProblemCode.INVALID_FORMAT, trimmed,
                    Stream.of(values()).map(RecordKind::id).collect(Collectors.joining(", ")));
        }
        return kind;
    }
}
