package org.politiqueville.core.exchange;

/**
 * A word or symbol that published statistical files put in a cell instead of a value, saying why
 * there is no value.
 *
 * <p>INSEE and local observatories use short markers ({@code s}, {@code nd}, {@code ns},
 * {@code so}) whose meanings are not formally defined in the files; the meanings below are inferred
 * from common French statistical usage. {@link FrenchValues#marker(CharSequence)} recognises them,
 * ignoring case, accents and punctuation. Mapping a marker to an observation status or a
 * confidentiality (SDMX keeps the two apart) is left to the indicator model.
 */
public enum StatisticalMarker {

    /**
     * Statistical secrecy: a value exists but may not be published (too few households, a
     * dominant contributor). Written {@code s}, {@code secret}, {@code secret stat},
     * {@code secret statistique}, {@code c}, {@code confidentiel}.
     */
    SECRET("s"),
    /**
     * Not available: the value was not produced or not received. Written {@code nd}, {@code n.d.},
     * {@code n/d}, {@code non disponible}, and {@code na}, {@code n/a} or the spreadsheet error
     * {@code #N/A}, which spreadsheets use for a missing value rather than for "not applicable".
     */
    NOT_AVAILABLE("nd"),
    /**
     * Not significant: a value was computed but is too imprecise to be used (sample too small).
     * Written {@code ns}, {@code n.s.}, {@code non significatif}.
     */
    NOT_SIGNIFICANT("ns"),
    /**
     * Not applicable: the indicator has no meaning for this territory or period ("sans objet").
     * Written {@code so}, {@code s.o.}, {@code sans objet}, {@code non applicable}.
     */
    NOT_APPLICABLE("so"),
    /**
     * A word saying the value is small without giving it ({@code faible}, {@code très faible}):
     * inferred to be a value below a publication threshold. Kept apart from
     * {@link #NOT_SIGNIFICANT} because it says something about the value itself.
     */
    LOW("faible"),
    /**
     * An empty cell, or one holding only dashes ({@code -}, {@code –}, {@code —}): the value is
     * missing and the file says nothing about why.
     */
    EMPTY("");

    private final String symbol;

    StatisticalMarker(String symbol) {
        this.symbol = symbol;
    }

    /**
     * The usual way to write this marker in a cell, which {@link FrenchValues#marker(CharSequence)}
     * reads back: {@code s}, {@code nd}, {@code ns}, {@code so}, {@code faible}, or the empty string.
     *
     * @return the symbol, not null
     */
    public String symbol() {
        return symbol;
    }
}
