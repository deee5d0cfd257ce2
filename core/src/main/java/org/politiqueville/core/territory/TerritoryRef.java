package org.politiqueville.core.territory;

import java.util.Objects;
import org.politiqueville.core.validation.InvalidValueException;
import org.politiqueville.core.validation.ProblemCode;

/**
 * A reference to a territory by kind and id: the id of a quarter or district, the INSEE code of a
 * commune, the id of the agglomeration, or the label of a {@linkplain TerritoryKind#REFERENCE
 * reference territory}.
 *
 * <p>Written as {@code kind:id} in lower case ({@code quarter:malakoff},
 * {@code commune:44109}); {@link #parse(CharSequence)} reads that form back.
 *
 * @param kind the kind of territory, not null
 * @param id   the id within that kind, not blank
 */
public record TerritoryRef(TerritoryKind kind, String id) implements Comparable<TerritoryRef> {

    // "kind:" by ordinal. A record holds no field but its components, so the lower-cased names live
    // here: lower-casing the kind on every toString was a tenth of the JSON export.
    private static final String[] PREFIXES = prefixes();
    private static final TerritoryKind[] KINDS = TerritoryKind.values();

    /**
     * Checks the components.
     *
     * @param kind the kind of territory, not null
     * @param id the id within that kind, not blank
     * @throws NullPointerException  if a component is null
     * @throws InvalidValueException with {@link ProblemCode#REQUIRED} if {@code id} is blank
     */
    public TerritoryRef {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        if (id.isBlank()) {
            throw new InvalidValueException(ProblemCode.REQUIRED, id);
        }
    }

    /**
     * A reference to a quarter.
     *
     * @param id the quarter's id
     * @return the reference, not null
     */
    public static TerritoryRef quarter(String id) {
        return new TerritoryRef(TerritoryKind.QUARTER, id);
    }

    /**
     * A reference to a district.
     *
     * @param id the district's id
     * @return the reference, not null
     */
    public static TerritoryRef district(String id) {
        return new TerritoryRef(TerritoryKind.DISTRICT, id);
    }

    /**
     * A reference to a commune.
     *
     * @param inseeCode the commune's INSEE code
     * @return the reference, not null
     */
    public static TerritoryRef commune(String inseeCode) {
        return new TerritoryRef(TerritoryKind.COMMUNE, inseeCode);
    }

    /**
     * A reference to the agglomeration.
     *
     * @param id the agglomeration's id
     * @return the reference, not null
     */
    public static TerritoryRef agglomeration(String id) {
        return new TerritoryRef(TerritoryKind.AGGLOMERATION, id);
    }

    /**
     * A reference territory outside the model, named by its label.
     *
     * @param label the label, such as "France métropolitaine, unités urbaines"
     * @return the reference, not null
     */
    public static TerritoryRef reference(String label) {
        return new TerritoryRef(TerritoryKind.REFERENCE, label);
    }

    /**
     * Reads the {@code kind:id} form written by {@link #toString()}.
     *
     * @param text the text, not null
     * @return the reference, not null
     * @throws InvalidValueException with {@link ProblemCode#INVALID_FORMAT} if the text is not
     *                               {@code kind:id} with a known kind
     */
    public static TerritoryRef parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String raw = text.toString();
        int colon = raw.indexOf(':');
        if (colon > 0) {
            // The form toString writes first; kinds differ even ignoring case, so at most one matches.
            for (TerritoryKind kind : KINDS) {
                if (raw.startsWith(PREFIXES[kind.ordinal()]) && colon < raw.length() - 1) {
                    return new TerritoryRef(kind, raw.substring(colon + 1));
                }
            }
            for (TerritoryKind kind : KINDS) {
                // equalsIgnoreCase of the text before the colon, without cutting it out for each kind.
                if (kind.name().length() == colon && raw.regionMatches(true, 0, kind.name(), 0, colon)
                        && colon < raw.length() - 1) {
                    return new TerritoryRef(kind, raw.substring(colon + 1));
                }
            }
        }
        throw new InvalidValueException(ProblemCode.INVALID_FORMAT, raw, "kind:id, such as quarter:malakoff");
    }

    @Override
    public int compareTo(TerritoryRef other) {
        int byKind = kind.compareTo(other.kind);
        return byKind != 0 ? byKind : id.compareTo(other.id);
    }

    /**
     * The {@code kind:id} form, as {@link #parse(CharSequence)} reads it.
     *
     * @return the text
     */
    private static String[] prefixes() {
        TerritoryKind[] kinds = TerritoryKind.values();
        String[] prefixes = new String[kinds.length];
        for (TerritoryKind kind : kinds) {
            prefixes[kind.ordinal()] = kind.name().toLowerCase(java.util.Locale.ROOT) + ":";
        }
        return prefixes;
    }

    @Override
    public String toString() {
        return PREFIXES[kind.ordinal()].concat(id);
    }
}
